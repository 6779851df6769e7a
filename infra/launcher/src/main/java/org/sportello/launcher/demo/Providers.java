package org.sportello.launcher.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services the seed districts' secretariats refer people to, as an administrator registers them at
 * referral ({@code POST /api/providers}): in each district the public specialist services (minors'
 * protection, the SerD for addictions, the CPS for mental health, disability, elderly care, the
 * employment centre, housing) and third-sector partners (Est Milano's Caritas, the unions' CAF and
 * patronato desks, associations, digital facilitation points). Each has the channel it is reached by;
 * those with {@code API} have accounts and answer referrals themselves with a {@code PROVIDER} token.
 *
 * <p>Deadlines are the service type's default except where a provider promised otherwise: Caritas's
 * emergency food desk in Est Milano answers by the next working day ({@value #NEXT_WORKING_DAY}), so
 * its unanswered referrals are the first to become overdue.
 */
public record Providers(List<Provider> all) {

    /** One provider as {@code POST /api/providers} takes it; {@code deadline} null for the type's default. */
    public record Provider(String providerId, String name, String kind, String serviceType, String districtId,
                           List<String> municipalityIds, String contactChannel, Integer deadline) {

        public boolean hasAccount() {
            return API.equals(contactChannel);
        }

        /**
         * Its response deadline in working days, which the demo needs to plan late answers: referral's
         * (its registry answers it for each provider, its own or its service type's default), once
         * {@link #withDeadline} gave it; before registration, only a deadline the demo sets itself.
         */
        public int deadlineWorkingDays() {
            if (deadline == null) {
                throw new IllegalStateException(providerId + ": its deadline is referral's, known once it is registered");
            }
            return deadline;
        }

        /** The same provider with the deadline referral holds for it. */
        public Provider withDeadline(int workingDays) {
            return new Provider(providerId, name, kind, serviceType, districtId, municipalityIds, contactChannel,
                    workingDays);
        }
    }

    public static final String PUBLIC_SERVICE = "PUBLIC_SERVICE";
    public static final String THIRD_SECTOR = "THIRD_SECTOR";
    public static final String API = "API";
    public static final String PHONE = "PHONE";
    public static final String EMAIL = "EMAIL";
    public static final String PEC = "PEC";
    static final int NEXT_WORKING_DAY = 1;

    /** The provider whose account the launcher prints a {@code PROVIDER} token for: Monza's SerD. */
    public static final String PRINTED_PROVIDER = "serd-monza";

    /** The seven public specialist services every district has, by service type. */
    private static final List<String> PUBLIC_TYPES = List.of("MINORS_PROTECTION", "ADDICTIONS", "MENTAL_HEALTH",
            "DISABILITY", "ELDERLY_CARE", "EMPLOYMENT_CENTRE", "HOUSING");

    public static Providers seed() {
        List<Provider> providers = new ArrayList<>();
        // Monza (ASST Brianza, AFOL Monza Brianza, the Comune's own services).
        publicServices(providers, "monza", "ambito-monza", Map.of(
                "MINORS_PROTECTION", "Servizio Tutela Minori, Comune di Monza",
                "ADDICTIONS", "SerD Monza, ASST Brianza",
                "MENTAL_HEALTH", "CPS Monza, ASST Brianza",
                "DISABILITY", "Servizio Disabili, Comune di Monza",
                "ELDERLY_CARE", "Servizio Anziani e SAD, Comune di Monza",
                "EMPLOYMENT_CENTRE", "Centro per l'Impiego di Monza (AFOL Monza Brianza)",
                "HOUSING", "Ufficio Casa e Agenzia per l'Abitare, Comune di Monza"),
                List.of("ADDICTIONS", "MENTAL_HEALTH", "EMPLOYMENT_CENTRE"));
        // Massa (USL Toscana nord ovest, ARTI Toscana).
        publicServices(providers, "massa", "zona-apuana", Map.of(
                "MINORS_PROTECTION", "Servizio Tutela Minori, Zona Apuana",
                "ADDICTIONS", "SerD Massa, USL Toscana nord ovest",
                "MENTAL_HEALTH", "Salute Mentale Adulti Massa, USL Toscana nord ovest",
                "DISABILITY", "Servizio Disabilità, Zona Apuana",
                "ELDERLY_CARE", "Punto Insieme Massa (non autosufficienza)",
                "EMPLOYMENT_CENTRE", "Centro per l'Impiego di Massa (ARTI Toscana)",
                "HOUSING", "Ufficio Casa, Comune di Massa"),
                List.of());
        // Est Milano (ASST Melegnano e della Martesana, AFOL Metropolitana; the district's own services).
        publicServices(providers, "est-milano", "est-milano", Map.of(
                "MINORS_PROTECTION", "Servizio Tutela Minori, Distretto Est Milano",
                "ADDICTIONS", "SerD Cernusco sul Naviglio, ASST Melegnano e della Martesana",
                "MENTAL_HEALTH", "CPS Pioltello, ASST Melegnano e della Martesana",
                "DISABILITY", "Servizio Disabilità, Distretto Est Milano",
                "ELDERLY_CARE", "Servizio Anziani, Distretto Est Milano",
                "EMPLOYMENT_CENTRE", "Centro per l'Impiego di Pioltello (AFOL Metropolitana)",
                "HOUSING", "Servizio Abitare, Distretto Est Milano"),
                List.of("MENTAL_HEALTH"));
        // Corsico (ASST Santi Paolo e Carlo, AFOL Metropolitana).
        publicServices(providers, "corsico", "ambito-corsico", Map.of(
                "MINORS_PROTECTION", "Servizio Tutela Minori, Ambito di Corsico",
                "ADDICTIONS", "SerD Corsico, ASST Santi Paolo e Carlo",
                "MENTAL_HEALTH", "CPS Corsico, ASST Santi Paolo e Carlo",
                "DISABILITY", "Servizio Disabilità, Ambito di Corsico",
                "ELDERLY_CARE", "Servizio Anziani, Comune di Corsico",
                "EMPLOYMENT_CENTRE", "Centro per l'Impiego di Corsico (AFOL Metropolitana)",
                "HOUSING", "Ufficio Casa, Comune di Corsico"),
                List.of());
        // Messina (ASP Messina; the Comune's own services), all by certified e-mail.
        publicServices(providers, "messina", "distretto-messina", Map.of(
                "MINORS_PROTECTION", "Servizio Tutela Minori, Comune di Messina",
                "ADDICTIONS", "SerD Messina, ASP Messina",
                "MENTAL_HEALTH", "Centro di Salute Mentale Messina, ASP Messina",
                "DISABILITY", "Servizio Disabili, Comune di Messina",
                "ELDERLY_CARE", "Servizio Anziani e assistenza domiciliare, Comune di Messina",
                "EMPLOYMENT_CENTRE", "Centro per l'Impiego di Messina",
                "HOUSING", "Ufficio Politiche della Casa, Comune di Messina"),
                List.of());

        // Third sector. Est Milano's partners run the district's distributed secretariat with it.
        providers.add(third("caritas-est-milano", "Caritas Ambrosiana, Decanato di Pioltello (emporio solidale)",
                "FOOD_AND_BASIC_NEEDS", "est-milano", List.of("pioltello", "rodano", "segrate", "vimodrone"), API,
                NEXT_WORKING_DAY));
        providers.add(third("patronato-acli-segrate", "Patronato ACLI, Segrate", "LEGAL_AND_TAX_HELP", "est-milano",
                List.of("segrate"), EMAIL, null));
        providers.add(third("caf-cgil-pioltello", "CAF CGIL, Pioltello", "LEGAL_AND_TAX_HELP", "est-milano",
                List.of("pioltello", "rodano"), PHONE, null));
        providers.add(third("punto-digitale-segrate", "Punto Digitale Facile, Biblioteca di Segrate",
                "DIGITAL_FACILITATION", "est-milano", List.of(), API, null));
        providers.add(third("auser-vimodrone", "AUSER Vimodrone (compagnia e trasporto anziani)", "OTHER",
                "est-milano", List.of("vimodrone"), PHONE, null));
        providers.add(third("caritas-monza", "Caritas Decanato di Monza, centro d'ascolto", "FOOD_AND_BASIC_NEEDS",
                "ambito-monza", List.of(), PHONE, null));
        providers.add(third("caf-cisl-monza", "CAF CISL Monza Brianza", "LEGAL_AND_TAX_HELP", "ambito-monza",
                List.of(), EMAIL, null));
        providers.add(third("punto-digitale-monza", "Punto Digitale Facile, Biblioteca Civica di Monza",
                "DIGITAL_FACILITATION", "ambito-monza", List.of(), API, null));
        providers.add(third("caritas-massa", "Caritas diocesana di Massa Carrara-Pontremoli", "FOOD_AND_BASIC_NEEDS",
                "zona-apuana", List.of(), PHONE, null));
        providers.add(third("patronato-inca-massa", "Patronato INCA CGIL, Massa", "LEGAL_AND_TAX_HELP", "zona-apuana",
                List.of(), EMAIL, null));
        providers.add(third("banco-alimentare-corsico", "Associazione Banco di Solidarietà, Corsico",
                "FOOD_AND_BASIC_NEEDS", "ambito-corsico", List.of(), PHONE, null));
        providers.add(third("punto-digitale-corsico", "Punto Digitale Facile, Corsico", "DIGITAL_FACILITATION",
                "ambito-corsico", List.of(), EMAIL, null));
        providers.add(third("caritas-messina", "Caritas diocesana di Messina-Lipari-Santa Lucia del Mela",
                "FOOD_AND_BASIC_NEEDS", "distretto-messina", List.of(), PHONE, null));
        return new Providers(List.copyOf(providers));
    }

    /** The district's provider of a service type, or empty where the district has none. */
    public Optional<Provider> of(String districtId, String serviceType) {
        return all.stream().filter(p -> p.districtId().equals(districtId) && p.serviceType().equals(serviceType))
                .findFirst();
    }

    public Optional<Provider> byId(String providerId) {
        return all.stream().filter(p -> p.providerId().equals(providerId)).findFirst();
    }

    /**
     * A district's seven public services, ids such as {@code serd-monza}; public services are reached
     * by certified e-mail (PEC), except those in {@code withAccounts}, which answer through the API.
     */
    private static void publicServices(List<Provider> providers, String idSuffix, String districtId,
                                       Map<String, String> names, List<String> withAccounts) {
        for (String type : PUBLIC_TYPES) {
            providers.add(new Provider(prefix(type) + "-" + idSuffix, names.get(type), PUBLIC_SERVICE, type, districtId,
                    List.of(), withAccounts.contains(type) ? API : PEC, null));
        }
    }

    private static String prefix(String serviceType) {
        return switch (serviceType) {
            case "MINORS_PROTECTION" -> "tutela-minori";
            case "ADDICTIONS" -> "serd";
            case "MENTAL_HEALTH" -> "cps";
            case "DISABILITY" -> "disabili";
            case "ELDERLY_CARE" -> "anziani";
            case "EMPLOYMENT_CENTRE" -> "cpi";
            case "HOUSING" -> "casa";
            default -> throw new IllegalArgumentException(serviceType);
        };
    }

    private static Provider third(String id, String name, String type, String districtId, List<String> municipalities,
                                  String channel, Integer deadline) {
        return new Provider(id, name, THIRD_SECTOR, type, districtId, municipalities, channel, deadline);
    }
}
