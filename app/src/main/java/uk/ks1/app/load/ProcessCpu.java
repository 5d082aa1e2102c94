package uk.ks1.app.load;

import java.lang.management.ManagementFactory;

/** CPU time this process has used so far, every thread (the JIT and the collector's too). */
final class ProcessCpu {
  private ProcessCpu() {}

  /** Nanoseconds of CPU, or -1 where the JVM cannot tell. */
  static long nanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }
}
