package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverkan.testing.Browser;
import se.samverkan.testing.SamverkanDeployment;

/**
 * Opens the map page in headless Chromium against the deployed application, with no internet tiles:
 * the 21 regions must still be drawn, outlines and seats.
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
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void drawsTheTwentyOneRegionsWithoutTiles() throws Exception {
        driver.get(base.toString());

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
    }

    /** The region index reaches every region without the map, by keyboard as well as by mouse. */
    @Test
    void everyRegionCanBeFoundByNameAndOpenedFromTheKeyboard() {
        driver.get(base.toString());
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
