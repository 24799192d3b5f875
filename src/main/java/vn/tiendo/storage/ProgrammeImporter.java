package vn.tiendo.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.reader.ProgrammeReader;
import vn.tiendo.reader.ReadException;

/**
 * Reads an issued programme document and saves it (one transaction) under its org unit. Place
 * names are resolved to official codes with the bundled list of administrative units.
 */
@Service
public class ProgrammeImporter {

    /** Default upload limit: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final ProgrammeRepository programmes;
    private final long maxBytes;

    public ProgrammeImporter(ProgrammeRepository programmes,
                             @Value("${tiendo.import.max-bytes:" + DEFAULT_MAX_BYTES + "}") long maxBytes) {
        this.programmes = programmes;
        this.maxBytes = maxBytes;
    }

    /** A reader that knows the official codes of all provinces and communes. */
    public static ProgrammeReader reader(long maxBytes) {
        return new ProgrammeReader(maxBytes, AdminUnitCatalog.get()::codeOf);
    }

    /** Reads without saving. */
    public ProgrammeDocument read(String fileName, byte[] content) throws ReadException {
        return reader(maxBytes).read(fileName, content);
    }

    /** Reads and saves; returns the saved programme's id and what was read. */
    public Imported importDocument(String fileName, byte[] content, String numberOverride, String unitCodeOverride,
                                   boolean replace) throws ReadException {
        ProgrammeDocument doc = withOverrides(read(fileName, content), numberOverride, unitCodeOverride);
        long id = programmes.save(doc, fileName, replace);
        return new Imported(id, doc);
    }

    /** Fills in the number or the unit that the officer gave where the document did not say them. */
    public static ProgrammeDocument withOverrides(ProgrammeDocument doc, String number, String unitCode) {
        if (isBlank(number) && isBlank(unitCode)) {
            return doc;
        }
        DocumentInfo d = doc.document();
        DocumentInfo changed = new DocumentInfo(isBlank(number) ? d.number() : number.trim(), d.date(), d.issuer(),
                isBlank(unitCode) ? d.orgUnit() : new OrgUnitRef(unitCode.trim(), d.orgUnit() == null ? null : d.orgUnit().name()),
                d.kind(), d.implementsDocs(), d.title());
        return new ProgrammeDocument(changed, doc.indicators(), doc.tasks(), doc.warnings());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The result of an import. */
    public record Imported(long programmeId, ProgrammeDocument document) {
    }
}
