package vn.tiendo.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.storage.OrgUnitRepository;

/** Builds the {@link Alignment} of a provincial programme with its communes' plans (read only). */
@Service
public class AlignmentService {

    private final AlignmentStore store;
    private final CascadeStore cascade;
    private final OrgUnitRepository units;

    public AlignmentService(AlignmentStore store, CascadeStore cascade, OrgUnitRepository units) {
        this.store = store;
        this.cascade = cascade;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public Alignment of(long programmeId) {
        CascadeStore.Header p = cascade.header(programmeId).orElseThrow(() ->
                new CascadeRefusedException("Không có văn bản mã " + programmeId + "."));
        Map<String, Object[]> plans = store.plans(programmeId);
        List<Alignment.Commune> communes = new ArrayList<>();
        for (OrgUnit c : units.within(p.unitId(), OrgUnit.Level.COMMUNE)) {
            Object[] plan = plans.get(c.code());
            communes.add(plan == null ? new Alignment.Commune(c.code(), c.fullName(), "NONE", null, null)
                    : new Alignment.Commune(c.code(), c.fullName(), (String) plan[1], (Long) plan[0], (String) plan[2]));
        }
        List<Alignment.Gap> gaps = new ArrayList<>();
        for (AlignmentStore.Pair x : store.pairs(programmeId)) {
            int cmp = x.childValue().compareTo(x.parentValue());
            if (cmp != 0) {
                boolean weaker = "LOWER".equals(x.direction()) ? cmp > 0 : cmp < 0;
                gaps.add(new Alignment.Gap(x.communeCode(), x.communeName(), x.planId(), x.planStatus(), x.code(), x.name(), x.year(),
                        x.parentText(), x.parentValue(), x.childText(), x.childValue(), weaker));
            }
        }
        List<Alignment.MissingTask> missing = store.missingTasks(programmeId).stream()
                .map(r -> new Alignment.MissingTask((String) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
        List<Alignment.CommuneCount> counts = store.counts(programmeId).stream()
                .map(c -> new Alignment.CommuneCount(c.code(), c.name(), c.year(), c.text(), c.numerator(), c.denominator(), c.promised()))
                .toList();
        return new Alignment(programmeId, p.number(), p.unitName(), communes, gaps, missing, counts);
    }
}
