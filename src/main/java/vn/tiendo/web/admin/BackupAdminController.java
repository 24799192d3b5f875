package vn.tiendo.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.tiendo.backup.NightlyBackup;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.storage.OrgUnitRepository;

/** Sao lưu: the last successful nightly backup and the recent runs, failures included. Administrators of the whole country. */
@Controller
class BackupAdminController {

    private final NightlyBackup backups;
    private final AccessPolicy access;
    private final OrgUnitRepository units;

    BackupAdminController(NightlyBackup backups, AccessPolicy access, OrgUnitRepository units) {
        this.backups = backups;
        this.access = access;
        this.units = units;
    }

    @GetMapping("/quan-tri/sao-luu")
    String show(Model model) {
        access.require(Permission.ADMIN, units.nation().id());
        model.addAttribute("last", backups.lastSuccessful().orElse(null));
        model.addAttribute("runs", backups.recent());
        model.addAttribute("folder", backups.folder().toAbsolutePath().normalize().toString());
        return "admin/backups";
    }
}
