package uk.ks1.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.ks1.app.generate.CollectionGenerator;
import uk.ks1.app.generate.Manifest;
import uk.ks1.core.collection.CollectionDefinition;

/**
 * {@code ./ks1 generate --out DIR [--collections ks1,phonics,eyfsp]}: a synthetic collection of
 * each chosen collection in one folder tree, with their expected figures.
 */
@Command(
    name = "generate",
    description =
        "Generate synthetic collections (<LA>/<files> of each collection and manifest.json with"
            + " every collection's expected figures) from the published LA percentages.")
public final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, description = "Folder to write the collection into")
  Path out;

  @Mixin CollectionOptions collection;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    ProgressBar[] bar = new ProgressBar[1];
    List<CollectionDefinition> chosen = collection.collectionList();
    Manifest m =
        new CollectionGenerator(chosen)
            .generate(
                new CollectionGenerator.Options(
                    out,
                    collection.scale,
                    collection.year,
                    collection.seed,
                    collection.errors,
                    collection.formatList()),
                total ->
                    bar[0] =
                        new ProgressBarBuilder()
                            .setTaskName("Generating")
                            .setInitialMax(total)
                            .setStyle(ProgressBarStyle.ASCII)
                            .setUnit(" school files", 1)
                            .setUpdateIntervalMillis(500)
                            .build(),
                done -> bar[0].stepTo(done));
    bar[0].close();
    for (CollectionDefinition d : chosen) {
      Manifest.Collection c = m.collection(d.id());
      System.out.printf(
          Locale.ROOT,
          "%s (%s): %d file(s) for %d schools, %d pupils (%d with mistakes, %d file(s) in a wrong"
              + " LA folder)%n",
          d.name(),
          d.id(),
          c.files(),
          c.schools(),
          c.pupilsInFiles(),
          c.pupilsWithMistakes(),
          c.rejectedFiles());
    }
    System.out.printf(
        Locale.ROOT,
        "Generated %d file(s) of %d collection(s) in %.1f s into %s%n",
        m.files(),
        chosen.size(),
        (System.nanoTime() - start) / 1e9,
        out.resolve(Manifest.FILE));
    return 0;
  }
}
