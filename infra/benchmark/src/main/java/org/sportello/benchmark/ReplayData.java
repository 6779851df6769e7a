package org.sportello.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.sportello.client.FiscalCodes;

/**
 * The citizens and contacts that both event stores of {@code replay-encryption} hold, made up from
 * a fixed seed per citizen: the sealed store and the plain one get the same people and the same
 * texts, and a test can make the same citizen again to look for its name.
 */
final class ReplayData {

    record Person(String fiscalCode, String firstName, String lastName, LocalDate birthDate, String sex,
                  String municipalityOfResidence, String phone, String email) {
    }

    record Operator(String operatorId, String role) {
    }

    record Need(String userArea, List<String> categories) {
    }

    record Contact(UUID contactId, String officeId, String channel, Instant occurredAt, List<Operator> operators,
                   List<Need> needs, List<String> outcomes, String notes, Instant recordedAt) {
    }

    /** A registered citizen and the contacts recorded in the citizen's one case. */
    record Citizen(UUID citizenId, UUID caseId, Person person, Instant registeredAt, List<Contact> contacts) {
    }

    private static final long SEED = 20_251_202L;
    private static final Instant FIRST_REGISTRATION = Instant.parse("2025-01-07T08:30:00Z");

    private static final String[] FIRST_NAMES = {"Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro",
            "Sara", "Matteo", "Valentina", "Davide", "Elena", "Simone", "Martina", "Andrea", "Federica", "Youssef",
            "Fatima", "Ioana", "Mihai", "Aminata"};
    private static final String[] LAST_NAMES = {"Brambilla", "Colombo", "Ferrari", "Galbiati", "Villa", "Sala",
            "Mariani", "Cattaneo", "Fumagalli", "Bianchi", "Esposito", "Lombardi", "Moretti", "Barbieri", "Ricci",
            "El Amrani", "Popescu", "Diallo", "Rinaldi", "Longoni"};
    private static final String[] MUNICIPALITIES = {"Monza", "Massa", "Pioltello", "Segrate", "Corsico", "Rodano"};
    private static final String[] OFFICES = {"monza-san-rocco", "monza-centro", "massa-centro", "pioltello",
            "segrate", "corsico"};
    private static final String[] CHANNELS = {"WALK_IN", "PHONE", "EMAIL", "APPOINTMENT", "PARTNER_DESK"};
    private static final String[] ROLES = {"SOCIAL_WORKER", "EDUCATOR", "ADMINISTRATIVE"};
    private static final String[] USER_AREAS = {"FAMILY_AND_MINORS", "DISABILITY", "ELDERLY", "IMMIGRANTS",
            "POVERTY_AND_ADULT_HARDSHIP", "MULTI_AREA"};
    private static final String[] CATEGORIES = {"HOUSING", "WORK", "INCOME", "HEALTH", "CARE_OF_DEPENDENT",
            "FAMILY_RELATIONS", "DOCUMENTS_AND_LEGAL", "ISOLATION"};
    private static final String[] OUTCOMES = {"INFORMATION_GIVEN", "ORIENTATION", "SHORT_SUPPORT_PATH",
            "APPOINTMENT_PROPOSED", "REFERRAL", "DOCUMENTS_REQUESTED", "ELIGIBILITY_CHECK"};
    /** Notes read like a front desk's: a few sentences, some naming the person. */
    private static final String[] SENTENCES = {
            "%s si presenta allo sportello senza appuntamento.",
            "Riferisce di essere in arretrato di tre mensilita' con l'affitto e teme lo sfratto.",
            "Ha perso il lavoro a tempo determinato a fine contratto e non percepisce la NASpI.",
            "Vive con la madre anziana, non autosufficiente, di cui si occupa da sola.",
            "Chiede informazioni sull'assegno di inclusione e sui documenti da presentare.",
            "%s porta con se' l'ISEE aggiornato e la lettera del proprietario di casa.",
            "Si concorda un colloquio con l'assistente sociale della sede per la prossima settimana.",
            "Segnala difficolta' a seguire i compiti dei figli per mancanza di un computer a casa.",
            "Orientata al centro per l'impiego per un percorso di riqualificazione.",
            "Il medico di base ha gia' avviato la richiesta di invalidita'; si attende la visita.",
            "Richiamata per telefono: %s conferma la disponibilita' per martedi' mattina.",
            "Non parla bene l'italiano; al prossimo colloquio servira' un mediatore culturale.",
    };

    private ReplayData() {
    }

    /** The {@code index}-th citizen, the same at every call. */
    static Citizen citizen(int index, int contacts) {
        SplittableRandom random = new SplittableRandom(SEED + index);
        String firstName = pick(random, FIRST_NAMES);
        String lastName = pick(random, LAST_NAMES);
        LocalDate birthDate = LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
        char sex = random.nextBoolean() ? 'F' : 'M';
        Person person = new Person(FiscalCodes.generate(random, birthDate, sex, "F704"), firstName, lastName,
                birthDate, String.valueOf(sex), pick(random, MUNICIPALITIES),
                "+39 0" + (10_000_000L + random.nextLong(89_999_999L)),
                (firstName + "." + lastName).toLowerCase().replace(' ', '-') + index + "@example.org");
        Instant registeredAt = FIRST_REGISTRATION.plus(Duration.ofMinutes(7L * index));
        List<Contact> recorded = new ArrayList<>(contacts);
        Instant occurredAt = registeredAt;
        for (int i = 0; i < contacts; i++) {
            occurredAt = occurredAt.plus(Duration.ofHours(1 + random.nextInt(24 * 30)));
            recorded.add(contact(random, firstName, occurredAt));
        }
        return new Citizen(uuid(random), uuid(random), person, registeredAt, recorded);
    }

    private static Contact contact(SplittableRandom random, String firstName, Instant occurredAt) {
        List<Operator> operators = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            operators.add(new Operator("operator-" + (1 + random.nextInt(40)), pick(random, ROLES)));
        }
        List<String> categories = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            String category = pick(random, CATEGORIES);
            if (!categories.contains(category)) {
                categories.add(category);
            }
        }
        List<String> outcomes = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            String outcome = pick(random, OUTCOMES);
            if (!outcomes.contains(outcome)) {
                outcomes.add(outcome);
            }
        }
        StringBuilder notes = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            notes.append(i == 0 ? "" : " ").append(pick(random, SENTENCES).replace("%s", firstName));
        }
        return new Contact(uuid(random), pick(random, OFFICES), pick(random, CHANNELS), occurredAt, operators,
                List.of(new Need(pick(random, USER_AREAS), categories)), outcomes, notes.toString(),
                occurredAt.plus(Duration.ofMinutes(5 + random.nextInt(120))));
    }

    private static String pick(SplittableRandom random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A version-4 UUID from the seeded random, so that the same citizen gets the same ids. */
    private static UUID uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }
}
