package org.llmatlas.web.account;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The login page, the admin's account list with invitations and role changes ({@code /admin/**}, admins only), and
 * the invitation link that lets an invited person choose a username and password ({@code /invite/{token}}).
 */
@Controller
class AccountController {

    private final Accounts accounts;
    private final Invitations invitations;
    private final PasswordEncoder encoder;
    private final OidcProviders oidc;

    AccountController(Accounts accounts, Invitations invitations, PasswordEncoder encoder, OidcProviders oidc) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.encoder = encoder;
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidcProviders", oidc.providers());
        return "account/login";
    }

    @GetMapping("/admin/accounts")
    String accounts(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        return "account/accounts";
    }

    @PostMapping("/admin/invitations")
    String invite(
            @RequestParam String email,
            @RequestParam String role,
            Principal admin,
            HttpServletRequest request,
            Model model) {
        Role parsed = Role.parse(role);
        String token = invitations.invite(email.trim(), parsed, admin.getName());
        String link = ServletUriComponentsBuilder.fromContextPath(request)
                .path("/invite/{token}")
                .buildAndExpand(token)
                .toUriString();
        model.addAttribute("invitedEmail", email.trim());
        model.addAttribute("invitedRole", parsed.label());
        model.addAttribute("invitationLink", link);
        return accounts(model);
    }

    @PostMapping("/admin/accounts/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam String role, Principal admin) {
        if (username.equals(admin.getName())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "An admin cannot change their own role");
        }
        accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        accounts.changeRole(username, Role.parse(role));
        return "redirect:/admin/accounts";
    }

    @GetMapping("/invite/{token}")
    String invitation(@PathVariable String token, Model model) {
        Invitations.Invitation invitation = invitations.open(token).orElseThrow(AccountController::goneOrUnknown);
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        model.addAttribute("problems", List.of());
        return "account/invitation";
    }

    @PostMapping("/invite/{token}")
    @Transactional
    String accept(
            @PathVariable String token,
            @RequestParam String username,
            @RequestParam String password,
            @RequestParam String confirm,
            Model model) {
        Invitations.Invitation invitation = invitations.open(token).orElseThrow(AccountController::goneOrUnknown);
        NewAccountForm form = new NewAccountForm(username, invitation.email(), password, confirm);
        List<String> problems = form.problems();
        if (problems.isEmpty() && accounts.find(form.normalisedUsername()).isPresent()) {
            problems = List.of("Username: already taken, choose another");
        }
        if (!problems.isEmpty()) {
            model.addAttribute("invitation", invitation);
            model.addAttribute("token", token);
            model.addAttribute("problems", problems);
            model.addAttribute("username", username);
            return "account/invitation";
        }
        if (!invitations.accept(token, form.normalisedUsername())) {
            throw goneOrUnknown();
        }
        accounts.create(
                form.normalisedUsername(), invitation.email(), encoder.encode(password), invitation.role(), false);
        return "redirect:/login?created";
    }

    private static ResponseStatusException goneOrUnknown() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "This invitation link is unknown, used or expired");
    }
}
