package org.consortia.it.support;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages. A missing browser is a failure, never a skip: the
 * test script installs it.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        if (!CHROMIUM.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + DRIVER
                    + "; run ./test.sh, which installs them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        driver = new ChromeDriver(service, options);
        // A page being replaced can answer any probe with an error: keep polling until the wait ends.
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class);
    }

    public Browser open(String path) {
        driver.get(PortalClient.BASE.resolve(path).toString());
        return this;
    }

    public Browser signIn(String email, String password) {
        open("/login");
        type(By.id("login:email"), email);
        type(By.id("login:password"), password);
        click(By.id("login:signIn"));
        await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        if (driver.getCurrentUrl().contains("/sign-in-code")) {
            // An account that must use a second factor, with the tests' authenticator key.
            type(By.id("code:code"), SecondFactorCodes.next(email));
            click(By.id("code:confirm"));
            await(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in-code")));
        }
        return this;
    }

    /** Waits for a condition; on time-out says where the browser was and what it showed. */
    private <T> T await(java.util.function.Function<WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Gave up at " + driver.getCurrentUrl() + " showing:\n" + page(), e);
        }
    }

    public void type(By field, String text) {
        WebElement element = await(ExpectedConditions.visibilityOfElementLocated(field));
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Sets a date or time field to a value in its wire format (2027-03-16, 10:00), as its picker
     * would: typing into such fields depends on the browser's language.
     */
    public void setValue(By field, String value) {
        script("arguments[0].value = arguments[1]", await(ExpectedConditions.presenceOfElementLocated(field)), value);
    }

    /** Chooses the first option of a drop-down whose text contains the words given. */
    public void choose(By select, String words) {
        org.openqa.selenium.support.ui.Select menu = new org.openqa.selenium.support.ui.Select(
                await(ExpectedConditions.visibilityOfElementLocated(select)));
        WebElement option = menu.getOptions().stream().filter(candidate -> candidate.getText().contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("No option with \"" + words + "\" in " + select));
        menu.selectByValue(option.getAttribute("value"));
    }

    public void click(By target) {
        await(ExpectedConditions.elementToBeClickable(target)).click();
    }

    /** True once the element has left the page, however the browser words that. */
    private static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        };
    }

    /** Presses a button that posts the page, and waits until the next page has replaced it. */
    public void submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(button);
        await(replaced(page));
        await(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    }

    /** Presses a button that updates part of the page by ajax, and waits until that part is replaced. */
    public void clickAndAwaitUpdate(By button, By updated) {
        WebElement before = driver.findElement(updated);
        click(button);
        await(replaced(before));
        await(ExpectedConditions.presenceOfElementLocated(updated));
    }

    /**
     * Lays pages out as on a screen this many CSS pixels wide (and 900 high), as a phone or a zoomed
     * desktop browser does; windows cannot be made that narrow, so the device metrics are overridden.
     */
    public void emulateWidth(int width) {
        ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Types into whatever has the focus, as someone at the keyboard does. */
    public void keys(CharSequence... keys) {
        focused().sendKeys(keys);
    }

    /**
     * Presses Tab until the target has the focus, as a keyboard user moves through a page; fails if
     * it is not reached within a hundred presses.
     */
    public void tabTo(By target) {
        WebElement wanted = await(ExpectedConditions.presenceOfElementLocated(target));
        for (int presses = 0; presses < 100; presses++) {
            if (focused().equals(wanted)) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target + " on " + driver.getCurrentUrl());
    }

    /** Waits until the target has the focus, as a script may put it there once the page has loaded. */
    public void awaitFocus(By target) {
        WebElement wanted = await(ExpectedConditions.presenceOfElementLocated(target));
        await(driver -> focused().equals(wanted));
    }

    /** Presses Enter on the focused button or link and waits until the next page has replaced this one. */
    public void enterAndAwaitNextPage() {
        WebElement page = driver.findElement(By.tagName("html"));
        keys(Keys.ENTER);
        await(replaced(page));
        await(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    }

    /** Replaces the text in the page's rich-text editor, as someone selecting all and typing does. */
    public void replaceEditorText(String text) {
        WebElement editor = driver.findElement(By.cssSelector(".ql-editor"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        editor.sendKeys(text);
    }

    public String text(By target) {
        return await(ExpectedConditions.presenceOfElementLocated(target)).getText();
    }

    /**
     * Signs in as the person, opens the page of a chained form and records the outcome at that
     * position in its list of outcomes, with the comments (null for none); waits until the page says
     * {@code recorded}.
     */
    public void takeStep(String email, String password, String page, int outcome, String comments, String recorded) {
        signIn(email, password);
        open(page);
        click(By.id("deciding:outcome:" + outcome));
        if (comments != null) {
            type(By.id("deciding:comments"), comments);
        }
        submit(By.id("deciding:decide"));
        waitForText(By.id("messages"), recorded);
    }

    public void waitForText(By target, String text) {
        await(ExpectedConditions.textToBePresentInElementLocated(target, text));
    }

    public void waitForTextGone(By target, String text) {
        await(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(target, text)));
    }

    /** The visible text of the whole page, for messages that say what went wrong. */
    public String page() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    /** What the browser reported as errors, such as scripts refused by the Content-Security-Policy. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
