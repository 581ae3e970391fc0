package org.consortia.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript for HTTP-level tests of the running portal: keeps cookies, fills in
 * and posts Faces forms (with their view state), and never follows redirects unless asked.
 */
public final class PortalClient {

    public static final URI BASE = URI.create("http://127.0.0.1:8080");
    public static final String DEMO_PASSWORD = "consortia-demo";

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final CookieManager cookies = new CookieManager();
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private boolean namesOrigin = true;

    /**
     * Each client comes from an address of its own, as the test server trusts the proxy header
     * (CONSORTIA_BEHIND_PROXY), so one test's failed sign-ins never count against another's.
     */
    private final String clientAddress = "10.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 250),
            ThreadLocalRandom.current().nextInt(0, 250), CLIENTS.incrementAndGet() % 250);
    /** Whether the client acts as a TLS proxy in front of the portal would. */
    private boolean overTls;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieHandler() {
                @Override
                public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                    return cookies.get(overTls ? asHttps(uri) : uri, headers);
                }

                @Override
                public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                    cookies.put(overTls ? asHttps(uri) : uri, headers);
                }
            })
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            // As a reverse proxy speaks to the portal: the server reads X-Forwarded-For on HTTP/1.1
            // requests, not on those of a connection upgraded to HTTP/2.
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** A response with its page parsed on demand. */
    public record Page(int status, HttpResponse<String> response) {

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public Document document() {
            return Jsoup.parse(body(), BASE.toString());
        }

        public String location() {
            return header("Location").orElse(null);
        }
    }

    /**
     * Makes every later request arrive as a TLS-terminating proxy forwards it (X-Forwarded-Proto:
     * https), and keeps and sends secure cookies as a browser on https would.
     */
    public PortalClient overTls() {
        overTls = true;
        return withHeader("X-Forwarded-Proto", "https");
    }

    private static URI asHttps(URI uri) {
        return URI.create("https://" + uri.getRawAuthority() + uri.getRawPath());
    }

    /** Sends later form posts without an Origin header, as tools and scripts do; browsers send one. */
    public PortalClient namingNoOrigin() {
        namesOrigin = false;
        return this;
    }

    /** Sends the header with every later request, as a browser sends Origin or Referer. */
    public PortalClient withHeader(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(BASE.resolve(path)).GET());
    }

    /** A download as bytes, for files that are not text. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(BASE.resolve(path)).GET().timeout(Duration.ofSeconds(60))
                            .header("X-Forwarded-For", clientAddress).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Page login(String email, String password) {
        Page form = get("/login");
        return submit(form, "login", Map.of("login:email", email, "login:password", password), "login:signIn");
    }

    /**
     * Signs in and checks that it worked; an account that must use a second factor gives the code of
     * the tests' authenticator key ({@link SecondFactorCodes}) after its password.
     */
    public PortalClient signedInAs(String email, String password) {
        Page result = login(email, password);
        for (int attempt = 0; attempt < 3 && result.status() == 302 && result.location().endsWith("/sign-in-code");
                attempt++) {
            result = submit(get("/sign-in-code"), "code", Map.of("code:code", SecondFactorCodes.next(email)),
                    "code:confirm");
            if (result.status() == 200) {
                // That half-minute's code was used already (by an earlier run): the next one.
                result = login(email, password);
            }
        }
        if (result.status() != 302) {
            throw new IllegalStateException("Sign-in failed for " + email + ": " + result.status());
        }
        return this;
    }

    /**
     * Submits a form of the page as it stands, with some fields changed (a null value clears a field
     * or unticks a box), by pressing the named button.
     */
    public Page submit(Page page, String formId, Map<String, String> changes, String button) {
        return submitTo(null, page, formId, changes, button);
    }

    /** Submits a form of the page to another address than its own, as a forged request would. */
    public Page submitTo(String target, Page page, String formId, Map<String, String> changes, String button) {
        Element form = formOf(page, formId);
        return postAll(target == null ? form.attr("action") : target, fieldsOf(page, form, changes, button));
    }

    /** Submits a form of the page with a file chosen in its file field, as multipart form data. */
    public Page submitWithFile(Page page, String formId, Map<String, String> changes, String fileField, String fileName,
            byte[] content, String button) {
        Element form = formOf(page, formId);
        String boundary = "----consortia" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fieldsOf(page, form, changes, button).forEach((name, values) -> values.forEach(value ->
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                        + value + "\r\n").getBytes(StandardCharsets.UTF_8))));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(form.attr("action")));
        if (namesOrigin && !extraHeaders.containsKey("Origin") && !extraHeaders.containsKey("Referer")) {
            request.header("Origin", BASE.toString());
        }
        return send(request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static Element formOf(Page page, String formId) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("No form " + formId + " on " + page.response().uri());
        }
        return form;
    }

    /** The fields a browser would send: what the form holds, with the changes and the button pressed. */
    private static Map<String, List<String>> fieldsOf(Page page, Element form, Map<String, String> changes, String button) {
        // A name may come more than once, as boxes of one group ticked together do.
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("file")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            boolean checkable = type.equals("checkbox") || type.equals("radio");
            String value = checkable && !input.hasAttr("value") ? "on" // as browsers send a box without a value
                    : input.tagName().equals("select")
                    ? input.select("option[selected]").stream().findFirst().map(o -> o.attr("value")).orElse("")
                    : input.tagName().equals("textarea") ? input.text() : input.val();
            fields.computeIfAbsent(input.attr("name"), name -> new ArrayList<>()).add(value);
        }
        changes.forEach((name, value) -> {
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, List.of(value));
            }
        });
        if (button != null) {
            fields.put(button, List.of("submit"));
        }
        page.header("Content-Security-Policy")
                .flatMap(PortalClient::nonceOf)
                .ifPresent(nonce -> fields.put("primefaces.nonce", List.of(nonce)));
        return fields;
    }

    public Page post(String path, Map<String, String> fields) {
        Map<String, List<String>> single = new LinkedHashMap<>();
        fields.forEach((name, value) -> single.put(name, List.of(value)));
        return postAll(path, single);
    }

    private Page postAll(String path, Map<String, List<String>> fields) {
        String body = fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(value -> encode(e.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(path));
        if (namesOrigin && !extraHeaders.containsKey("Origin") && !extraHeaders.containsKey("Referer")) {
            // As a browser names the page's origin on every form post.
            request.header("Origin", BASE.toString());
        }
        return send(request
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Optional<String> sessionId() {
        return cookie("JSESSIONID");
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private Page send(HttpRequest.Builder request) {
        try {
            request.timeout(Duration.ofSeconds(60)).header("X-Forwarded-For", clientAddress);
            extraHeaders.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> nonceOf(String policy) {
        int start = policy.indexOf("'nonce-");
        return start < 0 ? Optional.empty()
                : Optional.of(policy.substring(start + 7, policy.indexOf('\'', start + 7)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
