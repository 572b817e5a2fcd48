package org.llmatlas.web.catalog;

import java.util.Optional;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.diff.CatalogDiff;
import org.llmatlas.web.release.ReleaseInfo;
import org.llmatlas.web.release.ReleaseStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Version history, per-release changelogs (generated from the data, between any two releases) and the exports of
 * every release: JSON, CSV, BibTeX, Markdown and a Navigator layer.
 */
@Controller
class ReleasePages {

    private final ReleaseStore store;

    ReleasePages(ReleaseStore store) {
        this.store = store;
    }

    @GetMapping("/releases")
    String releases(Model model) {
        model.addAttribute("releases", store.releases());
        return "releases";
    }

    @GetMapping("/releases/{version}")
    String release(@PathVariable String version, @RequestParam(required = false) String from, Model model) {
        PinnedRelease at = PinnedRelease.resolve(store, version);
        Optional<ReleaseInfo> base = from == null ? store.previous(version) : store.release(from);
        if (from != null && base.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no release " + from);
        }
        model.addAttribute("at", at);
        model.addAttribute("releases", store.releases());
        model.addAttribute("counts", ReleaseCounts.of(at.catalog()));
        model.addAttribute("formats", ExportFormat.values());
        model.addAttribute(
                "diff",
                base.map(b -> CatalogDiff.between(store.catalog(b.version()).orElseThrow(), at.catalog()))
                        .orElse(null));
        return "release";
    }

    @GetMapping("/r/{version}/export/{format}")
    ResponseEntity<String> export(@PathVariable String version, @PathVariable String format) {
        Catalog catalog = store.catalog(version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no release " + version));
        ExportFormat export = ExportFormat.byName(format)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "no export format " + format + "; use json, csv, bibtex, markdown or layer"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"llm-atlas-" + catalog.version() + export.suffix() + "\"")
                .body(export.render(catalog));
    }
}
