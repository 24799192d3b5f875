package vn.tiendo.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.storage.ReadRouting;

/**
 * Personal API tokens, sent as {@code Authorization: Bearer tdk_…}. Only the SHA-256 of a token is
 * stored: the token is shown once at creation and can be revoked.
 */
@Repository
public class ApiTokenRepository {

    /** Prefix of every token, so that a leaked token is recognisable (e.g. by secret scanners). */
    public static final String PREFIX = "tdk_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final GrantCache accounts;
    /** Tokens checked against the database within the last {@link #RECHECK}, by hash. */
    private final Map<String, Checked> recent = new ConcurrentHashMap<>();

    private final ReadRouting routing;

    public ApiTokenRepository(JdbcClient jdbc, AuditLog audit, GrantCache accounts, ReadRouting routing) {
        this.jdbc = jdbc;
        this.routing = routing;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** A token found valid at {@code atNanos}, while the account cache was at {@code generation}. */
    private record Checked(long generation, TiendoPrincipal user, long atNanos) {
    }

    /** A new token and its secret value, to be shown once. */
    public record Issued(long id, String secret) {
    }

    @Transactional
    public Issued create(UserAccount owner, String name) {
        String label = NewUser.required("Tên mã truy cập", name, 80);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("INSERT INTO api_token (user_id, name, token_hash) VALUES (?, ?, ?) RETURNING id")
                .param(owner.id()).param(label).param(sha256(secret)).query(Long.class).single();
        audit.record("CREATE", "api_token", id, owner.orgUnitId(), null, Map.of("name", label, "username", owner.username()),
                "Tạo mã truy cập API \"" + label + "\" cho " + owner.username());
        return new Issued(id, secret);
    }

    public List<ApiToken> list(long userId) {
        return jdbc.sql("SELECT id, user_id, name, created_at, last_used, revoked_at FROM api_token WHERE user_id = ? ORDER BY id")
                .param(userId)
                .query((rs, i) -> new ApiToken(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    /** Revokes one of the owner's tokens; a token of somebody else is not found. */
    @Transactional
    public void revoke(UserAccount owner, long tokenId) {
        accounts.invalidate();
        String name = jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ? AND user_id = ? AND revoked_at IS NULL RETURNING name")
                .param(tokenId).param(owner.id()).query(String.class).optional()
                .orElseThrow(() -> new InvalidInputException("Mã truy cập", "không tìm thấy mã đang hiệu lực số " + tokenId + "."));
        audit.record("REVOKE", "api_token", tokenId, owner.orgUnitId(), Map.of("name", name), null,
                "Thu hồi mã truy cập API \"" + name + "\" của " + owner.username());
    }

    /** Revokes every token of a user (erasure of the account; the load test's fresh start). */
    public void revokeAll(long userId) {
        accounts.invalidate();
        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL").param(userId).update();
    }

    /** A token known valid is asked to the database again after this long (and at once after any revocation). */
    static final Duration RECHECK = Duration.ofSeconds(20);
    /** {@code api_token.last_used} is written when older than this: with {@link #RECHECK} it is never a minute late. */
    static final String LAST_USED_PRECISION = "40 seconds";
    private static final int MAX_RECENT = 10_000;
    /** While the primary is down (reads from the replica, docs/deploy.md "Bản sao đọc"): the check without noting the use. */
    private static final String CHECK_ON_REPLICA = """
            SELECT u.id, u.username FROM api_token t JOIN app_user u ON u.id = t.user_id
             WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled AND u.erased_at IS NULL AND ? IS NOT NULL""";

    /**
     * The active user owning an unrevoked token, noting its use; empty for anything else. A token found
     * valid is trusted for {@link #RECHECK} unless a token is revoked or an account changes meanwhile
     * ({@link GrantCache#invalidate()}), and its use is written at most about once a minute: a steady
     * stream of API calls costs neither a query nor a committed write per call.
     */
    public Optional<TiendoPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        long generation = accounts.generation();
        Checked known = recent.get(hash);
        if (known != null && known.generation() == generation && accounts.trusted() && System.nanoTime() - known.atNanos() < RECHECK.toNanos()) {
            return Optional.of(known.user());
        }
        Optional<TiendoPrincipal> user = jdbc.sql(routing.primaryDown() ? CHECK_ON_REPLICA : """
                WITH hit AS (SELECT t.id, t.last_used, u.id AS user_id, u.username
                               FROM api_token t JOIN app_user u ON u.id = t.user_id
                              WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled AND u.erased_at IS NULL),
                     touched AS (UPDATE api_token t SET last_used = now() FROM hit
                                  WHERE t.id = hit.id AND (hit.last_used IS NULL OR hit.last_used < now() - CAST(? AS INTERVAL)))
                SELECT user_id, username FROM hit""")
                .param(hash).param(routing.primaryDown() ? "0" : LAST_USED_PRECISION)
                .query((rs, i) -> new TiendoPrincipal(rs.getLong(1), rs.getString(2), null, true, false))
                .optional();
        if (user.isPresent()) {
            if (recent.size() >= MAX_RECENT) {
                recent.clear();
            }
            recent.put(hash, new Checked(generation, user.get(), System.nanoTime()));
        } else {
            recent.remove(hash);
        }
        return user;
    }

    /** Hex SHA-256 of a text (token secrets are stored, and recognised, by it). */
    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
