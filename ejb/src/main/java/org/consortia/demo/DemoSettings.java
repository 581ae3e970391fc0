package org.consortia.demo;

/** Whether this server should fill an empty database with demo data: never in production. */
public final class DemoSettings {

    private DemoSettings() {
    }

    public static boolean enabled() {
        String value = System.getProperty("consortia.demo-data", System.getenv("CONSORTIA_DEMO_DATA"));
        return Boolean.parseBoolean(value);
    }
}
