package io.reportqa.ui;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI as a user sees it: what the tests type, click and read. */
final class ChatPage {

    private static final By ASSISTANT = By.cssSelector("#messages li.msg.assistant");
    private static final By MARK = By.cssSelector("#reader-body mark.quote");

    final WebDriver driver;
    final String base;

    ChatPage(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Loads the page at {@code hash} with an empty conversation. */
    ChatPage openFresh(String hash) {
        driver.get(base + "favicon.svg"); // same origin, so its storage is the page's, but not the page itself
        script("localStorage.clear(); sessionStorage.clear()");
        return open(hash);
    }

    /** Loads the page anew at {@code hash} (a bare hash change would only route within the loaded page). */
    ChatPage open(String hash) {
        driver.get("about:blank");
        driver.get(base + hash);
        waitReady();
        return this;
    }

    ChatPage reload() {
        driver.navigate().refresh();
        waitReady();
        return this;
    }

    private void waitReady() {
        waiting().until(d -> "true".equals(script("return document.documentElement.dataset.ready")));
    }

    /** Waits up to 20 s; a streaming answer is re-rendered per piece, so an element found may go stale. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    WebElement input() {
        return driver.findElement(By.id("question"));
    }

    /** Types the question and presses Enter, as a user would. */
    WebElement ask(String question) {
        int before = answers().size();
        WebElement input = input();
        input.clear();
        // sendKeys cannot type characters outside the BMP reliably; the questions here are plain Chinese.
        input.sendKeys(question);
        input.sendKeys(Keys.ENTER);
        waiting().until(d -> answers().size() > before);
        return lastAnswer();
    }

    /** Waits until the latest answer is finished (answered, refused, failed or stopped) and returns it. */
    WebElement finished() {
        waiting().until(d -> List.of("done", "error", "stopped").contains(lastAnswer().getAttribute("data-status")));
        return lastAnswer();
    }

    List<WebElement> answers() {
        return driver.findElements(ASSISTANT);
    }

    WebElement lastAnswer() {
        List<WebElement> all = answers();
        return all.get(all.size() - 1);
    }

    static String answerText(WebElement answer) {
        return answer.findElement(By.cssSelector(".answer")).getText();
    }

    static List<WebElement> citeLinks(WebElement answer) {
        return answer.findElements(By.cssSelector(".answer a.cite"));
    }

    WebElement reader() {
        return driver.findElement(By.id("reader"));
    }

    /** Waits for the reader to show the cited sentence and returns the highlighted {@code mark}. */
    WebElement highlighted() {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(MARK));
    }

    WebElement targetParagraph() {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reader-body .para.target")));
    }

    /** True when the element lies entirely inside the reader's scrolled area and the window. */
    boolean visibleInReader(WebElement element) {
        return (Boolean) script("""
                const r = arguments[0].getBoundingClientRect();
                const c = document.getElementById('reader-scroll').getBoundingClientRect();
                return r.height > 0 && r.top >= c.top && r.bottom <= c.bottom && r.top >= 0
                    && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;""", element);
    }

    /** Answers the open confirmation dialog: its OK button, or 取消. Returns the question it asked. */
    String confirm(boolean ok) {
        WebElement dialog = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#confirm[open]")));
        String text = dialog.findElement(By.id("confirm-text")).getText();
        dialog.findElement(ok ? By.id("confirm-ok") : By.cssSelector("button[value='cancel']")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#confirm[open]")).isEmpty());
        return text;
    }

    /** The scope chips above the question box, as their labels. */
    List<String> chips() {
        return driver.findElements(By.cssSelector("#scope .chip .chip-text")).stream().map(WebElement::getText).toList();
    }

    /** The number of question requests the page has made since it was loaded. */
    long askRequests() {
        return (Long) script("return performance.getEntriesByType('resource')"
                + ".filter((e) => e.name.endsWith('/api/ask/stream')).length");
    }

    /** Whether the page is exactly as tall as the window and not scrolled: nothing pushed the top bar away. */
    boolean pageFitsWindow() {
        return (Boolean) script("""
                const d = document.documentElement;
                return d.scrollHeight === window.innerHeight && window.scrollY === 0
                    && document.getElementById('topbar').getBoundingClientRect().top === 0;""");
    }

    String activeElementId() {
        return (String) script("return document.activeElement && document.activeElement.id");
    }
}
