package io.reportqa.ui;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/** The system's dark mode, as Chromium's media emulation gives it to the page ({@code prefers-color-scheme}). */
final class Dark {

    private Dark() {
    }

    static void on(ChromeDriver driver) {
        emulate(driver, "dark");
    }

    static void off(ChromeDriver driver) {
        emulate(driver, "");
    }

    private static void emulate(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Whether the page's background is dark and its text light. */
    static boolean pageIsDark(ChatPage page) {
        return (Boolean) page.script("""
                const lum = (c) => c.match(/[\\d.]+/g).slice(0, 3).reduce((a, v) => a + Number(v), 0) / 3;
                const root = getComputedStyle(document.documentElement);
                return matchMedia('(prefers-color-scheme: dark)').matches
                    && lum(root.backgroundColor) < 60
                    && lum(getComputedStyle(document.body).color) > 180;""");
    }
}
