package cn.shuangyong;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium on the platform a {@link BrowserTest} started, one browser with a fresh profile per test class.
 * Register it in the test class: {@code @RegisterExtension static final Browser browser = Browser.desktop();}. A
 * failing test leaves a screenshot in {@code target/screenshots}.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {

	/** The password of every demo account. */
	public static final String DEMO_PASSWORD = "Demo@2020";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private final int width;

	private final int height;

	private final boolean mobile;

	private Path profile;

	private ChromeDriverService service;

	private ChromeDriver driver;

	private String baseUrl;

	private Browser(int width, int height, boolean mobile) {
		this.width = width;
		this.height = height;
		this.mobile = mobile;
	}

	/** An office computer's window. */
	public static Browser desktop() {
		return new Browser(1366, 900, false);
	}

	/**
	 * A phone held upright, 390 by 844 CSS pixels like an iPhone 12 to 15. Chromium emulates it: a headless window
	 * is never narrower than 500 pixels.
	 */
	public static Browser phone() {
		return new Browser(390, 844, true);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		baseUrl = "http://127.0.0.1:"
				+ SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
		profile = Files.createTempDirectory("sy-chromium-");
		// an explicit chromedriver keeps Selenium Manager from looking for one on the internet
		service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort().build();
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless",
				"--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN",
				"--window-size=" + width + "," + height, "--user-data-dir=" + profile);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "SEVERE"));
		if (mobile) {
			options.setExperimentalOption("mobileEmulation",
					Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0, "mobile", true,
							"touch", true)));
		}
		driver = new ChromeDriver(service, options);
	}

	/** Screenshots a failed test; fails a test whose pages reported script errors. */
	@Override
	public void afterTestExecution(ExtensionContext context) throws IOException {
		String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
				+ context.getRequiredTestMethod().getName();
		List<String> errors = scriptErrors(); // read in any case, which empties the console for the next test
		if (context.getExecutionException().isPresent()) {
			screenshot(name);
			return;
		}
		if (!errors.isEmpty()) {
			screenshot(name);
			throw new AssertionError("the pages reported script errors: " + errors);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (driver != null) {
			driver.quit();
		}
		if (service != null) {
			service.stop();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Opens a path of the platform, such as {@code /directory/units}. */
	public void open(String path) {
		driver.get(baseUrl + path);
	}

	/** Forgets the session and the chosen language, as a browser opened anew would. */
	public void clearCookies() {
		open("/login");
		driver.manage().deleteAllCookies();
	}

	/** Signs in as a demo account on the login page, in a new session, and waits for the top bar. */
	public void login(String username) {
		clearCookies();
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
		driver.findElement(By.id("login-submit")).click();
		waitFor(By.id("current-user"));
	}

	/** Clicks an element after scrolling it to the middle of the window, clear of the sticky top bar. */
	public void click(By locator) {
		WebElement element = waitFor(locator);
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/** Waits until the element is visible, as after an htmx swap. */
	public WebElement waitFor(By locator) {
		return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/**
	 * Waits until the element has left the page, as when a form's answer replaces it. Chromium reports a node removed
	 * during the check either as a stale element or as "does not belong to the document"; both mean it is gone.
	 */
	public void waitUntilGone(WebElement element) {
		new WebDriverWait(driver, PATIENCE).until(d -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException e) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException e) {
				if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw e;
			}
		});
	}

	/** Waits until the element shows the text, as after an htmx swap. */
	public void waitForText(By locator, String text) {
		new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	public boolean has(By locator) {
		return !driver.findElements(locator).isEmpty();
	}

	/**
	 * The errors the pages logged in the console since the last call: scripts that failed, content-security-policy
	 * violations, htmx errors. A refused request is not one: a test may well open a page it must not see.
	 */
	private List<String> scriptErrors() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter(message -> !message.contains("Failed to load resource"))
			.toList();
	}

	/** Saves what the window shows as {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
		return file;
	}
}
