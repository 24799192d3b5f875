package vn.tiendo.entry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of evidence files (minh chứng) attached to task progress reports ({@code tiendo.evidence.*}).
 * The servlet's multipart limits (web.MultipartLimits) are set above these, so that an oversize file
 * still reaches the service and gets its Vietnamese refusal.
 *
 * @param maxSize  the largest file accepted (default 10 MB)
 * @param maxFiles the most files one save may add (default 10)
 */
@ConfigurationProperties("tiendo.evidence")
public record EvidenceProperties(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("10") int maxFiles) {

    /** "10 MB" for messages. */
    public String maxText() {
        long mb = 1024L * 1024;
        return maxSize.toBytes() % mb == 0 ? (maxSize.toBytes() / mb) + " MB" : maxSize.toBytes() + " byte";
    }
}
