package vn.tiendo.web.entry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tiendo.entry.EntryNotFoundException;
import vn.tiendo.entry.EntrySheets;
import vn.tiendo.entry.dhis2.DataValueSet;
import vn.tiendo.entry.dhis2.DataValueSetService;
import vn.tiendo.entry.dhis2.Dhis2DataValue;
import vn.tiendo.entry.dhis2.ImportSummary;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;

/** DHIS2-compatible {@code /api/v1/dataValueSets}: JSON import (all or nothing) and export. */
@RestController
@RequestMapping("/api/v1/dataValueSets")
@Tag(name = "DHIS2 dataValueSets", description = "Nhập, xuất số liệu theo định dạng DHIS2")
public class DataValueSetController {

    private final DataValueSetService sets;
    private final ProgrammeService programmes;
    private final EntrySheets sheets;
    private final AccessPolicy access;

    public DataValueSetController(DataValueSetService sets, ProgrammeService programmes, EntrySheets sheets, AccessPolicy access) {
        this.sets = sets;
        this.programmes = programmes;
        this.sheets = sheets;
        this.access = access;
    }

    @Operation(summary = "Nhập số liệu (DHIS2 dataValueSets); 200 SUCCESS hoặc 409 ERROR kèm danh sách conflicts, không lưu gì")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Đã nhập (SUCCESS)",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ImportSummary.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409", description = "Không nhập gì (ERROR), kèm conflicts",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ImportSummary.class)))
    @PostMapping
    public ResponseEntity<ImportSummary> importSet(@RequestBody DataValueSet set) {
        java.util.Set<String> checked = new java.util.HashSet<>(); // each unit once: a bulk set repeats its units
        for (Dhis2DataValue dv : set.dataValues()) {
            String code = dv.orgUnit() != null ? dv.orgUnit() : set.orgUnit();
            if (code != null && checked.add(code)) {
                sheets.unitIfPresent(code).ifPresent(u -> access.require(AccessPolicy.Permission.REPORT, u.id()));
            }
        }
        ImportSummary summary = sets.importSet(set);
        return ResponseEntity.status(summary.succeeded() ? HttpStatus.OK : HttpStatus.CONFLICT).body(summary);
    }

    @Operation(summary = "Xuất số liệu của một chương trình (dataSet = 05-CTr/TU@12 hoặc mã nội bộ)")
    @GetMapping
    public DataValueSet export(@Parameter(example = "05-CTr/TU@12") @RequestParam String dataSet,
                               @Parameter(example = "2026") @RequestParam(required = false) List<String> period,
                               @Parameter(description = "mã đơn vị; mặc định đơn vị ban hành chương trình") @RequestParam(required = false) String orgUnit,
                               @RequestParam(defaultValue = "true") boolean children) {
        long programmeId = programmes.findId(dataSet).orElseThrow(() -> new EntryNotFoundException("Không có văn bản \"" + dataSet + "\"."));
        ProgrammeSummary p = sheets.programme(programmeId);
        OrgUnit root = orgUnit == null ? sheets.unit(p.orgUnitCode()) : sheets.unit(orgUnit);
        access.require(AccessPolicy.Permission.VIEW, root.id());
        List<String> periods = period == null ? List.of() : period.stream().map(x -> Period.parse(x).code()).toList();
        return sets.export(programmeId, root, children, periods);
    }
}
