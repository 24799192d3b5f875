package vn.tiendo.web.entry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tiendo.entry.DataElementCodes;
import vn.tiendo.entry.DataValueRepository;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.EntryCatalog;
import vn.tiendo.entry.EntryError;
import vn.tiendo.entry.EntryIndicator;
import vn.tiendo.entry.EntryNotFoundException;
import vn.tiendo.entry.EntrySheets;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.Field;
import vn.tiendo.entry.SaveResult;
import vn.tiendo.entry.StoredValue;
import vn.tiendo.entry.ValueInput;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;

/** The data entry REST API: programmes and indicators, one value (get/put), and a bulk write (all or nothing). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Nhập số liệu", description = "Chương trình, chỉ tiêu và số liệu thực hiện")
public class EntryApiController {

    private final ProgrammeService programmes;
    private final EntryCatalog catalog;
    private final EntrySheets sheets;
    private final DataValueRepository values;
    private final DataValueService service;
    private final DataElementCodes codes;
    private final AccessPolicy access;

    public EntryApiController(ProgrammeService programmes, EntryCatalog catalog, EntrySheets sheets, DataValueRepository values,
                              DataValueService service, DataElementCodes codes, AccessPolicy access) {
        this.programmes = programmes;
        this.catalog = catalog;
        this.sheets = sheets;
        this.values = values;
        this.service = service;
        this.codes = codes;
        this.access = access;
    }

    @Operation(summary = "Danh sách chương trình, kế hoạch mà người dùng được xem")
    @GetMapping("/programmes")
    public List<ApiDtos.ProgrammeDto> programmes() {
        return programmes.list().stream().filter(p -> access.can(AccessPolicy.Permission.VIEW, p.orgUnitId()))
                .map(p -> new ApiDtos.ProgrammeDto(p.id(), p.number() + "@" + p.orgUnitCode(), p.number(), p.orgUnitCode(), p.orgUnitName(),
                        p.indicatorCount())).toList();
    }

    @Operation(summary = "Các chỉ tiêu (kể cả chỉ tiêu con) của một chương trình")
    @GetMapping("/programmes/{programmeId}/indicators")
    public List<ApiDtos.IndicatorDto> indicators(@PathVariable long programmeId) {
        ProgrammeSummary p = sheets.programme(programmeId);
        access.require(AccessPolicy.Permission.VIEW, p.orgUnitId());
        List<EntryIndicator> list = catalog.indicators(programmeId);
        Map<Long, String> codeById = list.stream().collect(Collectors.toMap(EntryIndicator::id, EntryIndicator::code));
        return list.stream().map(i -> new ApiDtos.IndicatorDto(i.id(), i.dataElement(), i.code(),
                i.parentId() == null ? null : codeById.get(i.parentId()), i.name(), i.unit(), i.valueType().json(),
                i.reportedAt() == null ? null : i.reportedAt().name())).toList();
    }

    @Operation(summary = "Một số liệu: chỉ tiêu (mã nội bộ), đơn vị (mã hành chính), kỳ (2026, 2026Q1)")
    @GetMapping("/values/{indicatorId}/{orgUnit}/{period}")
    public ApiDtos.ValueDto get(@PathVariable long indicatorId, @PathVariable String orgUnit, @PathVariable String period) {
        OrgUnit unit = sheets.unit(orgUnit);
        access.require(AccessPolicy.Permission.VIEW, unit.id());
        EntryIndicator indicator = indicator(indicatorId);
        StoredValue v = values.find(indicatorId, unit.id(), Period.parse(period).code()).orElseThrow(() -> new EntryNotFoundException(
                "Chưa có số liệu " + indicator.label() + " của " + unit.fullName() + " kỳ " + period + "."));
        return dto(v, indicator, unit);
    }

    @Operation(summary = "Ghi một số liệu; gửi kèm phiên bản đã xem (409 nếu đã có người sửa)")
    @PutMapping("/values/{indicatorId}/{orgUnit}/{period}")
    public ApiDtos.ValueDto put(@PathVariable long indicatorId, @PathVariable String orgUnit, @PathVariable String period,
                                @RequestBody ApiDtos.ValueWrite body) {
        OrgUnit unit = sheets.unit(orgUnit);
        access.require(AccessPolicy.Permission.REPORT, unit.id());
        EntryIndicator indicator = indicator(indicatorId);
        Period p = Period.parse(period);
        SaveResult r = service.save(List.of(new ValueInput(indicatorId, unit.id(), p, body.value(), vn.tiendo.programme.VietnameseNumber.Policy.MACHINE,
                ExpectedVersion.of(body.version()), body.comment(), new Field("value", "Trường value"))));
        return dto(r.stored().get(0), indicator, unit);
    }

    @Operation(summary = "Ghi nhiều số liệu cùng lúc: tất cả được lưu hoặc không số liệu nào (mọi lỗi được liệt kê)")
    @PostMapping("/values/bulk")
    public ApiDtos.BulkResult bulk(@RequestBody ApiDtos.BulkWrite body) {
        List<EntryError> errors = new ArrayList<>();
        List<ValueInput> inputs = new ArrayList<>();
        List<ApiDtos.BulkItem> items = body.values() == null ? List.of() : body.values();
        for (int i = 0; i < items.size(); i++) {
            ApiDtos.BulkItem item = items.get(i);
            Field field = new Field("values[" + i + "].value", "values[" + i + "] (" + item.dataElement() + ", " + item.orgUnit() + ", "
                    + item.period() + ")");
            codes.input(item.dataElement(), item.orgUnit(), item.period(), item.value(), item.comment(), ExpectedVersion.of(item.version()),
                    field, errors).ifPresent(in -> {
                        access.require(AccessPolicy.Permission.REPORT, in.orgUnitId());
                        inputs.add(in);
                    });
        }
        SaveResult r = service.save(inputs, errors);
        return new ApiDtos.BulkResult(r.created(), r.updated(), r.unchanged());
    }

    private EntryIndicator indicator(long id) {
        return catalog.indicator(id).orElseThrow(() -> new EntryNotFoundException("Không có chỉ tiêu mã nội bộ " + id + "."));
    }

    static ApiDtos.ValueDto dto(StoredValue v, EntryIndicator indicator, OrgUnit unit) {
        return new ApiDtos.ValueDto(indicator.dataElement(), indicator.id(), unit.code(), v.period(), v.plain(), v.display(), v.comment(),
                v.version(), v.updatedBy(), v.updatedAt());
    }
}
