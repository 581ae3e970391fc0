package org.consortia.forms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every version of every template, read from the files named in {@code forms/templates.txt}. A file
 * is named after its template's key and version ({@code business-case.v1.json}), so a revised toolkit
 * adds a file and never edits one that filled forms were answered against.
 */
public final class TemplateLibrary {

    public static final String INDEX = "templates.txt";

    private final Map<String, NavigableMap<Integer, FormTemplate>> byKey;

    private TemplateLibrary(Map<String, NavigableMap<Integer, FormTemplate>> byKey) {
        this.byKey = byKey;
    }

    /** The templates shipped with the portal. */
    public static TemplateLibrary shipped() {
        ClassLoader loader = TemplateLibrary.class.getClassLoader();
        return load(name -> loader.getResourceAsStream("forms/" + name));
    }

    /**
     * Reads the index and every template it names through {@code files}, refusing with
     * {@link MalformedTemplateException} (naming the file and line) anything that is wrong.
     */
    public static TemplateLibrary load(Function<String, InputStream> files) {
        Map<String, NavigableMap<Integer, FormTemplate>> byKey = new TreeMap<>();
        for (String file : lines(INDEX, files)) {
            InputStream content = files.apply(file);
            if (content == null) {
                throw new MalformedTemplateException(INDEX, lineOf(file, files), "names " + file + ", which does not exist");
            }
            FormTemplate template;
            try (InputStreamReader reader = new InputStreamReader(content, StandardCharsets.UTF_8)) {
                template = TemplateReader.read(file, reader);
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Could not read the template " + file, unreadable);
            }
            String expected = template.key() + ".v" + template.version() + ".json";
            if (!file.equals(expected)) {
                throw new MalformedTemplateException(file, 1, "the file of this template and version must be named " + expected);
            }
            byKey.computeIfAbsent(template.key(), key -> new TreeMap<>()).put(template.version(), template);
        }
        return new TemplateLibrary(byKey);
    }

    private static List<String> lines(String file, Function<String, InputStream> files) {
        InputStream content = files.apply(file);
        if (content == null) {
            throw new MalformedTemplateException(file, 1, "the index of templates is missing");
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(names::add);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read " + file, unreadable);
        }
        return names;
    }

    private static long lineOf(String name, Function<String, InputStream> files) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(files.apply(INDEX), StandardCharsets.UTF_8))) {
            List<String> all = reader.lines().map(String::strip).toList();
            return all.indexOf(name) + 1L;
        } catch (IOException unreadable) {
            return 1;
        }
    }

    /** The newest version of a template, the one new forms are answered against. */
    public Optional<FormTemplate> latest(String key) {
        return Optional.ofNullable(byKey.get(key)).map(versions -> versions.lastEntry().getValue());
    }

    /** The version of a template a form was answered against. */
    public Optional<FormTemplate> version(String key, int version) {
        return Optional.ofNullable(byKey.get(key)).map(versions -> versions.get(version));
    }

    /** Every version of every template, by key and then version. */
    public List<FormTemplate> all() {
        List<FormTemplate> all = new ArrayList<>();
        byKey.values().forEach(versions -> all.addAll(versions.values()));
        return Collections.unmodifiableList(all);
    }
}
