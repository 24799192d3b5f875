package vn.tiendo.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.InvalidInputException;
import vn.tiendo.security.UnitDirectory;

/** The type-ahead list of units (static/js/unit-combobox.js): units in the user's scope, searched without diacritics. */
@RestController
class UnitSearchController {

    private final UnitDirectory directory;

    UnitSearchController(UnitDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/v1/units/search")
    List<Map<String, Object>> search(@RequestParam(name = "q", defaultValue = "") String q) {
        return directory.search(q).stream().map(UnitSearchController::json).toList();
    }

    private static Map<String, Object> json(OrgUnit u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", u.code());
        m.put("name", u.fullName());
        m.put("type", u.unitType());
        return m;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail refused(InvalidInputException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Tìm đơn vị không hợp lệ");
        return p;
    }
}
