package io.reportqa.api;

import io.reportqa.library.Library;
import io.reportqa.model.Report;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An {@code ETag} on {@code GET /api/reports}, drawn from what the list shows of each report, so that the web page,
 * which polls the list to see changes made by another instance, gets a bodiless 304 while nothing changed. Every
 * instance sharing the library gives the same tag for the same reports. Runs after {@link ApiKeys}.
 */
@Singleton
public class ReportListTag {

    private final Library library;

    ReportListTag(Library library) {
        this.library = library;
    }

    void install(@Observes Router router) {
        router.get("/api/reports").order(-800).handler(this::tag);
    }

    private void tag(RoutingContext ctx) {
        String tag = tag();
        ctx.response().putHeader("ETag", tag);
        String given = ctx.request().getHeader("If-None-Match");
        if (given != null && (given.equals(tag) || given.equals("W/" + tag))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.next();
    }

    String tag() {
        StringBuilder shown = new StringBuilder();
        for (Report r : library.current().corpus().reports()) {
            shown.append(r.id()).append('\u0000').append(r.title()).append('\u0000').append(r.place()).append('\u0000')
                    .append(r.date()).append('\u0000').append(r.speaker()).append('\u0000').append(r.paragraphs().size())
                    .append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shown.toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
