package uk.ks1.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.app.generate.CollectionChoice;
import uk.ks1.app.load.LoadPlan;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.core.collection.CollectionDefinition;

/** The latency bench probes each school's figures in the collection its generated file is of. */
class LatencyBenchTest {
  private static final List<CollectionDefinition> EVERY =
      CollectionChoice.generatable(Registered.collections());

  private static LoadPlan.Item file(String name) {
    return new LoadPlan.Item("330", Path.of("/collection/330").resolve(name));
  }

  @Test
  void aGeneratedFilesCollectionIsTheOneItsNameTokenNames() {
    assertThat(LatencyBench.collectionOf(file("3302001_KS1_330LLLL_001.xml"), EVERY))
        .isEqualTo("KS1_TA");
    assertThat(LatencyBench.collectionOf(file("3302001_PHO_330LLLL_001.xml"), EVERY))
        .isEqualTo("PHONICS");
    assertThat(LatencyBench.collectionOf(file("3302001_FSP_330LLLL_001.xml"), EVERY))
        .isEqualTo("EYFSP");
    assertThatThrownBy(() -> LatencyBench.collectionOf(file("3302001_XYZ_1.xml"), EVERY))
        .hasMessageContaining("No collection's file-name token");
  }
}
