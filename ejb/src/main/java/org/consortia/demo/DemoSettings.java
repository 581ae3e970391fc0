package org.consortia.demo;

/** Whether this server should fill an empty database with demo data: never in production. */
public final class DemoSettings {

    private DemoSettings() {
    }

    /**
     * Whether the demo is to be as big as a busy council's portal, for the load benchmark
     * (CONSORTIA_DEMO_SCALE=large; see benchmarks/load.sh).
     */
    public static boolean large() {
        return "large".equals(System.getProperty("consortia.demo-scale", System.getenv("CONSORTIA_DEMO_SCALE")));
    }

    public static boolean enabled() {
        String value = System.getProperty("consortia.demo-data", System.getenv("CONSORTIA_DEMO_DATA"));
        return Boolean.parseBoolean(value);
    }
}
