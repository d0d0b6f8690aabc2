package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverkan.testing.Browser;
import se.samverkan.testing.KeycloakAdmin;
import se.samverkan.testing.SamverkanDeployment;
import se.samverkan.testing.Tokens;

/**
 * Opens the map page in headless Chromium against the deployed application, signs in on Keycloak's real
 * login page (authorization code flow with PKCE), and checks the map with no internet tiles: the 21
 * regions must still be drawn, outlines and seats.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegionMapBrowserIT {

    @ArquillianResource
    URL base;

    private WebDriver driver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SamverkanDeployment.war();
    }

    @BeforeEach
    void openBrowser() {
        URI page = URI.create(page());
        KeycloakAdmin.allowWebClientOrigin(page.getScheme() + "://" + page.getAuthority());
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The page at localhost: the realm's web client accepts redirects to local addresses on any port. */
    private String page() {
        return base.toString().replaceFirst("//[^/:]+", "//localhost");
    }

    /** Opens the map, is sent to Keycloak's login page, signs in and comes back. */
    private void openSignedIn(String user) {
        driver.get(page());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).as("Keycloak's login page").startsWith(Tokens.issuer() + "/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256").contains("response_type=code");
        username.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        try {
            wait.until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(page())));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-user")));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(driver, "sign-in-failed");
            throw new AssertionError("not signed in; at " + driver.getCurrentUrl() + ", status: "
                    + driver.findElements(By.id("status")).stream().map(WebElement::getText).findFirst().orElse("(no page)"), e);
        }
        assertThat(driver.getCurrentUrl()).as("the code is gone from the address bar").doesNotContain("code=");
    }

    @Test
    void drawsTheTwentyOneRegionsWithoutTiles() throws Exception {
        openSignedIn("viewer");

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".region-seat"), 21));
        List<WebElement> seats = driver.findElements(By.cssSelector(".region-seat"));
        assertThat(seats).hasSize(21).allSatisfy(seat -> assertThat(seat.isDisplayed()).isTrue());
        // Every region outline is on the map too: one filled path per region beside the 21 seats.
        assertThat(driver.findElements(By.cssSelector("path.leaflet-interactive")).size()).isGreaterThanOrEqualTo(42);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "21"));
        assertThat(driver.findElement(By.id("status")).getAttribute("class")).doesNotContain("error");
        assertThat(driver.findElements(By.cssSelector("img.leaflet-tile"))).isEmpty();

        Path screenshot = Browser.screenshot(driver, "regions-map");
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        assertThat(driver.findElement(By.id("session-user")).getText()).isEqualTo("Vera Visare");
        // The token stays in the page's memory, never in the browser's storage.
        Object stored = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return JSON.stringify(window.localStorage) + JSON.stringify(window.sessionStorage);");
        assertThat(String.valueOf(stored)).doesNotContain("eyJ");
    }

    @Test
    void signingOutEndsTheSessionAtKeycloak() {
        openSignedIn("editor-jamtland");
        assertThat(driver.findElement(By.id("session-roles")).getText()).contains("region-editor", "region 23");
        Browser.screenshot(driver, "signed-in-editor-jamtland");

        driver.findElement(By.id("sign-out")).click();

        // Back at the map, which asks Keycloak again: its login form, since the session there has ended.
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).startsWith(Tokens.issuer());
    }

    @Test
    void whenKeycloakDoesNotAnswerThePageSaysSoInSwedish() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(Tokens.keycloak() + "*")));

        driver.get(page());

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Inloggningstjänsten svarar inte"));
        assertThat(driver.findElement(By.id("status")).getAttribute("class")).contains("error");
        assertThat(driver.findElements(By.cssSelector(".region-seat"))).isEmpty();
        Browser.screenshot(driver, "keycloak-unreachable");
    }

    /** The region index reaches every region without the map, by keyboard as well as by mouse. */
    @Test
    void everyRegionCanBeFoundByNameAndOpenedFromTheKeyboard() {
        openSignedIn("viewer");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".region-list-button"), 21));

        WebElement toggle = driver.findElement(By.id("region-index-toggle"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(driver.findElement(By.id("region-list")).isDisplayed()).isFalse();
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(driver.findElement(By.id("region-list")).isDisplayed()).isTrue();

        WebElement jamtland = driver.findElement(By.cssSelector(".region-list-button[data-region-code='23']"));
        jamtland.sendKeys(Keys.ENTER);

        WebElement popup = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
        assertThat(popup.getText()).contains("Region Jämtland Härjedalen", "Jämtlands län", "Östersund", "Norra");
        Browser.screenshot(driver, "region-popup-jamtland");
    }
}
