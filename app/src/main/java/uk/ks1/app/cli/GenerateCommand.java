package uk.ks1.app.cli;

import java.nio.file.Path;
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
import uk.ks1.app.pipeline.Registered;

/** {@code ./ks1 generate --out DIR}: a synthetic collection with its expected figures. */
@Command(
    name = "generate",
    description =
        "Generate a synthetic collection (<LA>/<files> and manifest.json with the expected figures)"
            + " from the published LA percentages.")
public final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, description = "Folder to write the collection into")
  Path out;

  @Mixin CollectionOptions collection;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    ProgressBar[] bar = new ProgressBar[1];
    Manifest m =
        new CollectionGenerator(Registered.defaultCollection())
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
                            .setUnit(" schools", 1)
                            .setUpdateIntervalMillis(500)
                            .build(),
                done -> bar[0].stepTo(done));
    bar[0].close();
    System.out.printf(
        Locale.ROOT,
        "Generated %d file(s) for %d schools, %d pupils (%d with mistakes, %d file(s) in a wrong"
            + " LA folder) in %.1f s into %s%n",
        m.files(),
        m.schools(),
        m.pupilsInFiles(),
        m.mistakes().entrySet().stream()
            .filter(e -> !e.getKey().equals("WRONG_LA_FOLDER"))
            .mapToLong(e -> e.getValue())
            .sum(),
        m.rejectedFiles(),
        (System.nanoTime() - start) / 1e9,
        out.resolve(Manifest.FILE));
    return 0;
  }
}
