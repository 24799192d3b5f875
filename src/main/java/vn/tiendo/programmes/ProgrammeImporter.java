package vn.tiendo.programmes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.reader.ProgrammeReader;
import vn.tiendo.reader.ReadException;
import vn.tiendo.storage.AdminUnitCatalog;

/**
 * Reads an issued programme document with the size limit of {@link ImportProperties}. Place names are
 * resolved to official codes with the bundled list of administrative units. Saving is
 * {@link ProgrammeService#save}.
 */
@Service
@EnableConfigurationProperties(ImportProperties.class)
public class ProgrammeImporter {

    /** Default upload limit: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = ImportProperties.DEFAULT_MAX_BYTES;

    private final long maxBytes;

    public ProgrammeImporter(ImportProperties properties) {
        this.maxBytes = properties.maxBytes();
    }

    /** A reader that knows the official codes of all provinces and communes. */
    public static ProgrammeReader reader(long maxBytes) {
        return new ProgrammeReader(maxBytes, AdminUnitCatalog.get()::codeOf);
    }

    /** Reads without saving. */
    public ProgrammeDocument read(String fileName, byte[] content) throws ReadException {
        return reader(maxBytes).read(fileName, content);
    }

    /** Fills in the number or the unit that the officer gave where the document did not say them. */
    public static ProgrammeDocument withOverrides(ProgrammeDocument doc, String number, String unitCode) {
        if (isBlank(number) && isBlank(unitCode)) {
            return doc;
        }
        DocumentInfo d = doc.document();
        DocumentInfo changed = new DocumentInfo(isBlank(number) ? d.number() : number.trim(), d.date(), d.issuer(),
                isBlank(unitCode) ? d.orgUnit() : new OrgUnitRef(unitCode.trim(), d.orgUnit() == null ? null : d.orgUnit().name()),
                d.kind(), d.implementsDocs(), d.bases(), d.title());
        return new ProgrammeDocument(changed, doc.indicators(), doc.tasks(), doc.warnings());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
