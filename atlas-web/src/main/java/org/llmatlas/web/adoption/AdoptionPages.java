package org.llmatlas.web.adoption;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisation workspaces and their adoption projects. Only members see an organisation; anyone else, and anyone
 * asking for an ID that does not exist, gets the same 404.
 */
@Controller
class AdoptionPages {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final long MAX_CONTRACT_BYTES = 512 * 1024;

    private final AdoptionRepository repository;
    private final Projects projects;

    AdoptionPages(AdoptionRepository repository, Projects projects) {
        this.repository = repository;
        this.projects = projects;
    }

    @GetMapping("/orgs")
    String organisations(Principal user, Model model) {
        model.addAttribute("organisations", repository.organisationsOf(user.getName()));
        return "adoption/organisations";
    }

    @PostMapping("/orgs")
    String createOrganisation(
            @RequestParam String name, @RequestParam String slug, Principal user, RedirectAttributes flash) {
        String cleanSlug = slug.strip().toLowerCase(Locale.ROOT);
        if (name.isBlank() || !SLUG.matcher(cleanSlug).matches()) {
            flash.addFlashAttribute(
                    "error", "Give a name, and a short address of 2-63 lower-case letters, digits or hyphens.");
            return "redirect:/orgs";
        }
        if (repository.slugTaken(cleanSlug)) {
            flash.addFlashAttribute("error", "The address '" + cleanSlug + "' is taken; choose another.");
            return "redirect:/orgs";
        }
        long id = repository.createOrganisation(cleanSlug, name.strip(), Instant.now());
        repository.addMember(id, user.getName(), "owner");
        return "redirect:/orgs/" + cleanSlug;
    }

    @GetMapping("/orgs/{slug}")
    String organisation(@PathVariable String slug, Principal user, Model model) {
        Organisation organisation = member(slug, user);
        model.addAttribute("organisation", organisation);
        model.addAttribute("projects", repository.projects(organisation.id(), user.getName()));
        model.addAttribute("members", repository.members(organisation.id()));
        return "adoption/organisation";
    }

    @PostMapping("/orgs/{slug}/members")
    String addMember(
            @PathVariable String slug, @RequestParam String username, Principal user, RedirectAttributes flash) {
        Organisation organisation = member(slug, user);
        if (!organisation.isOwner()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only owners add members");
        }
        String name = username.strip();
        if (!USERNAME.matcher(name).matches()) {
            flash.addFlashAttribute("error", "A user name has 1-100 letters, digits, dots, @, _ or -.");
        } else if (!repository.isMember(organisation.id(), name)) {
            repository.addMember(organisation.id(), name, "member");
        }
        return "redirect:/orgs/" + slug;
    }

    @PostMapping("/orgs/{slug}/projects")
    String createProject(
            @PathVariable String slug,
            @RequestParam(required = false) String name,
            @RequestParam("contract") MultipartFile contract,
            Principal user,
            RedirectAttributes flash)
            throws IOException {
        Organisation organisation = member(slug, user);
        if (contract.isEmpty() || contract.getSize() > MAX_CONTRACT_BYTES) {
            flash.addFlashAttribute("error", "Choose an atlas.yaml file (at most 512 KB); `atlas init` writes one.");
            return "redirect:/orgs/" + slug;
        }
        String yaml = new String(contract.getBytes(), StandardCharsets.UTF_8);
        try {
            long id = projects.create(organisation, name, yaml, user.getName());
            return "redirect:/orgs/" + slug + "/projects/" + id;
        } catch (Projects.InvalidContract e) {
            flash.addFlashAttribute("error", "The contract is not valid; nothing was saved.");
            flash.addFlashAttribute("problems", e.problems());
            return "redirect:/orgs/" + slug;
        }
    }

    @GetMapping("/orgs/{slug}/projects/{id}")
    String project(@PathVariable String slug, @PathVariable long id, Principal user, Model model) {
        Organisation organisation = member(slug, user);
        Project project = project(slug, id, user);
        Projects.Dashboard dashboard = projects.dashboard(project);
        model.addAttribute("organisation", organisation);
        model.addAttribute("project", project);
        model.addAttribute("dashboard", DashboardView.of(dashboard));
        model.addAttribute("report", dashboard.report());
        model.addAttribute("evidence", repository.evidence(project.id()));
        model.addAttribute("events", repository.events(project.id()));
        return "adoption/project";
    }

    @PostMapping("/orgs/{slug}/projects/{id}/evidence")
    String attachEvidence(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam String clause,
            @RequestParam("file") MultipartFile file,
            Principal user,
            RedirectAttributes flash)
            throws IOException {
        Project project = project(slug, id, user);
        if (file.isEmpty()) {
            flash.addFlashAttribute(
                    "error", "Choose the evidence file an instrument wrote (JSON), or the input file a clause names.");
        } else {
            try {
                String original = file.getOriginalFilename() == null ? "evidence.json" : file.getOriginalFilename();
                // "CL-X" is the clause's evidence file, "CL-X|NAME" one of the inputs its evidence names
                int bar = clause.indexOf('|');
                flash.addFlashAttribute(
                        "message",
                        bar < 0
                                ? projects.attach(project, clause, original, file.getBytes(), user.getName())
                                : projects.attachInput(
                                        project,
                                        clause.substring(0, bar),
                                        clause.substring(bar + 1),
                                        original,
                                        file.getBytes(),
                                        user.getName()));
            } catch (IllegalArgumentException e) {
                flash.addFlashAttribute("error", e.getMessage());
            }
        }
        return "redirect:/orgs/" + slug + "/projects/" + id;
    }

    private Organisation member(String slug, Principal user) {
        return repository
                .organisation(slug, user.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no organisation " + slug));
    }

    private Project project(String slug, long id, Principal user) {
        return repository
                .project(slug, id, user.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no project " + id));
    }
}
