package org.sportello.local;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints HS256 JSON Web Tokens for local use and tests, signed with the secret the services verify.
 *
 * <p>It uses the JDK alone so that it runs as a single source file, without a build:
 * <pre>
 * export SPORTELLO_JWT_SECRET=...   # at least 32 bytes, the same the services use
 * java infra/local/src/main/java/org/sportello/local/DevToken.java OPERATOR [RESEARCHER ADMIN ...]
 *      [--sub operator-1] [--office monza-centro ...] [--provider sert-monza] [--ttl-minutes 720]
 * </pre>
 * {@code --office} may be given several times: the {@code offices} claim names the offices an
 * {@code OPERATOR} or {@code PARTNER_DESK} works at, and the services show them only those.
 * {@code --provider} sets the {@code providerId} claim that binds a {@code PROVIDER} account to the
 * one provider whose referrals it answers.
 */
public final class DevToken {

    /** As long as a token's {@code sub} may be: the operator ids recorded in events are at most this. */
    public static final int MAX_SUBJECT_LENGTH = 64;

    public static final String ISSUER = "sportello-local";
    public static final String SECRET_VARIABLE = "SPORTELLO_JWT_SECRET";
    /** HS256 needs a key as long as its hash: RFC 7518, section 3.2. */
    public static final int MINIMUM_SECRET_BYTES = 32;

    private static final String DEFAULT_SUBJECT = "operator-1";
    private static final Duration DEFAULT_TTL = Duration.ofHours(12);
    private static final Pattern ROLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern OFFICE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String USAGE = "usage: java DevToken.java ROLE [ROLE...] [--sub SUBJECT] [--office OFFICE_ID]... "
            + "[--provider PROVIDER_ID] [--ttl-minutes N]";

    private DevToken() {
    }

    public static void main(String[] args) {
        String secret = System.getenv(SECRET_VARIABLE);
        if (secret == null || secret.isEmpty()) {
            fail("DevToken: " + SECRET_VARIABLE + " is not set; export the secret the services use "
                    + "(at least " + MINIMUM_SECRET_BYTES + " bytes), e.g. export " + SECRET_VARIABLE
                    + "=$(openssl rand -hex 32)");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            fail("DevToken: " + SECRET_VARIABLE + " is shorter than " + MINIMUM_SECRET_BYTES
                    + " bytes, too short for HS256; export a longer one");
        }
        String subject = DEFAULT_SUBJECT;
        Duration ttl = DEFAULT_TTL;
        List<String> roles = new ArrayList<>();
        List<String> offices = new ArrayList<>();
        String provider = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--sub") || arg.equals("--ttl-minutes") || arg.equals("--office")
                    || arg.equals("--provider")) {
                if (i + 1 == args.length) {
                    fail("DevToken: " + arg + " needs a value\n" + USAGE);
                }
                String value = args[++i];
                if (arg.equals("--sub")) {
                    subject = value;
                } else if (arg.equals("--office")) {
                    offices.add(value);
                } else if (arg.equals("--provider")) {
                    provider = value;
                } else {
                    ttl = Duration.ofMinutes(parseMinutes(value));
                }
            } else if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(USAGE);
                return;
            } else if (arg.startsWith("-")) {
                fail("DevToken: unknown option " + arg + "\n" + USAGE);
            } else {
                roles.add(arg);
            }
        }
        if (roles.isEmpty()) {
            fail("DevToken: name at least one role, e.g. OPERATOR\n" + USAGE);
        }
        try {
            System.out.println(mint(secret, subject, roles, offices, provider, ttl, Instant.now()));
        } catch (IllegalArgumentException e) {
            fail("DevToken: " + e.getMessage());
        }
    }

    /** A token issued now. */
    public static String mint(String secret, String subject, List<String> roles, Duration ttl) {
        return mint(secret, subject, roles, ttl, Instant.now());
    }

    /** A token issued at {@code issuedAt}, valid for {@code ttl}, with no {@code offices} claim. */
    public static String mint(String secret, String subject, List<String> roles, Duration ttl, Instant issuedAt) {
        return mint(secret, subject, roles, List.of(), ttl, issuedAt);
    }

    /**
     * A token issued at {@code issuedAt}, valid for {@code ttl}; {@code offices}, when not empty,
     * become its {@code offices} claim (the office ids the caller works at).
     */
    public static String mint(String secret, String subject, List<String> roles, List<String> offices, Duration ttl,
                              Instant issuedAt) {
        return mint(secret, subject, roles, offices, null, ttl, issuedAt);
    }

    /**
     * A token issued at {@code issuedAt}, valid for {@code ttl}; {@code offices}, when not empty,
     * become its {@code offices} claim, and {@code providerId}, when not null, its {@code providerId}
     * claim (the one provider a {@code PROVIDER} account answers for).
     */
    public static String mint(String secret, String subject, List<String> roles, List<String> offices,
                              String providerId, Duration ttl, Instant issuedAt) {
        byte[] key = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("the secret must be at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("the subject must not be blank");
        }
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            // The services refuse such tokens (the platform's claim validator): never mint one.
            throw new IllegalArgumentException("the subject must be at most " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the time to live must be positive, not " + ttl);
        }
        StringBuilder roleArray = new StringBuilder("[");
        for (String role : roles) {
            if (!ROLE.matcher(role).matches()) {
                throw new IllegalArgumentException("a role is a name such as OPERATOR, not '" + role + "'");
            }
            roleArray.append(roleArray.length() == 1 ? "" : ",").append('"').append(role).append('"');
        }
        roleArray.append(']');
        StringBuilder officeArray = new StringBuilder("[");
        for (String office : offices) {
            if (!OFFICE.matcher(office).matches()) {
                throw new IllegalArgumentException("an office is a lowercase slug such as monza-centro, not '" + office + "'");
            }
            officeArray.append(officeArray.length() == 1 ? "" : ",").append('"').append(office).append('"');
        }
        officeArray.append(']');
        if (providerId != null && !OFFICE.matcher(providerId).matches()) {
            throw new IllegalArgumentException("a provider is a lowercase slug such as sert-monza, not '" + providerId + "'");
        }
        long iat = issuedAt.getEpochSecond();
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":" + jsonString(subject)
                + ",\"roles\":" + roleArray + (offices.isEmpty() ? "" : ",\"offices\":" + officeArray)
                + (providerId == null ? "" : ",\"providerId\":\"" + providerId + "\"")
                + ",\"iat\":" + iat + ",\"exp\":" + (iat + ttl.toSeconds()) + "}";
        String signingInput = encode(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encode(claims.getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + encode(hmacSha256(key, signingInput));
    }

    private static byte[] hmacSha256(byte[] key, String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA256 (Mac javadoc), so this is a broken JDK.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String encode(byte[] bytes) {
        return BASE64URL.encodeToString(bytes);
    }

    private static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static long parseMinutes(String value) {
        try {
            long minutes = Long.parseLong(value);
            if (minutes > 0) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail("DevToken: --ttl-minutes takes a positive whole number, not " + value);
        return 0;
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
