package org.llmatlas.web.account;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /setup}: creates the first admin with the one-time token from the server log. Gone once an admin exists. */
@Controller
class SetupController {

    private final FirstAdmin firstAdmin;

    SetupController(FirstAdmin firstAdmin) {
        this.firstAdmin = firstAdmin;
    }

    @GetMapping("/setup")
    String form(Model model) {
        requireOpen();
        model.addAttribute("problems", List.of());
        return "account/setup";
    }

    @PostMapping("/setup")
    String create(
            @RequestParam String token,
            @RequestParam String username,
            @RequestParam(required = false) String email,
            @RequestParam String password,
            @RequestParam String confirm,
            Model model) {
        requireOpen();
        NewAccountForm form = new NewAccountForm(username, email, password, confirm);
        List<String> problems = form.problems();
        if (problems.isEmpty() && firstAdmin.createAdmin(token, form).isPresent()) {
            return "redirect:/login?created";
        }
        model.addAttribute(
                "problems",
                problems.isEmpty() ? List.of("Setup token: not valid; copy it from the server log") : problems);
        model.addAttribute("username", username);
        model.addAttribute("email", email);
        return "account/setup";
    }

    private void requireOpen() {
        if (!firstAdmin.setupOpen()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
