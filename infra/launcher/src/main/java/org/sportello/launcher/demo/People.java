package org.sportello.launcher.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

import org.sportello.client.FiscalCodes;
import org.sportello.contracts.intake.v1.UserArea;

/**
 * Made-up citizens whose age, sex and birthplace fit the user area they come with: the elderly are
 * mostly women over 70, families are usually represented by a mother, immigrants were born abroad
 * (a foreign country's Z code in the fiscal code). Names are common ones; nobody real is meant.
 */
final class People {

    /** A country of birth: its code in fiscal codes and some names common there. */
    private record Origin(String code, List<String> women, List<String> men, List<String> surnames) {
    }

    private static final List<String> ITALIAN_WOMEN = List.of("Maria", "Anna", "Giuseppina", "Rosa", "Angela",
            "Giovanna", "Teresa", "Lucia", "Carmela", "Francesca", "Paola", "Laura", "Giulia", "Chiara", "Sara",
            "Elena", "Silvia", "Federica", "Alessandra", "Martina", "Valentina", "Roberta", "Simona", "Cristina");
    private static final List<String> ITALIAN_MEN = List.of("Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi",
            "Francesco", "Angelo", "Vincenzo", "Pietro", "Salvatore", "Carlo", "Franco", "Paolo", "Marco", "Luca",
            "Andrea", "Stefano", "Roberto", "Alessandro", "Matteo", "Davide", "Simone", "Fabio", "Massimo");
    private static final List<String> ITALIAN_SURNAMES = List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
            "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
            "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
            "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo",
            "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti", "Parodi", "Pellegrini", "Brambilla", "Villa",
            "Sala", "Cattaneo", "Fumagalli", "Redaelli", "Bertolini", "Lazzerini");
    /** Where Italians living in these towns were often born, besides the town itself. */
    private static final List<String> ITALIAN_BIRTHPLACES = List.of("F205", "F839", "G273", "A662", "H501", "C351",
            "H224", "A794", "E506", "D969", "B832", "E463", "L219");
    private static final List<Origin> ORIGINS = List.of(
            new Origin("Z330", List.of("Fatima", "Khadija", "Samira", "Naima"), List.of("Mohamed", "Youssef", "Rachid", "Abdelkader"),
                    List.of("El Amrani", "Benali", "Bouzid", "El Idrissi")),
            new Origin("Z129", List.of("Elena", "Ioana", "Mihaela", "Andreea"), List.of("Ion", "Gheorghe", "Florin", "Mihai"),
                    List.of("Popescu", "Ionescu", "Constantin", "Dumitru")),
            new Origin("Z100", List.of("Elira", "Blerina", "Arta"), List.of("Arben", "Ilir", "Gentian"),
                    List.of("Hoxha", "Shehu", "Gjoka")),
            new Origin("Z336", List.of("Mona", "Heba", "Yasmin"), List.of("Ahmed", "Mahmoud", "Karim"),
                    List.of("Hassan", "Abdelrahman", "Mostafa")),
            new Origin("Z611", List.of("Rosa", "Milagros", "Carmen"), List.of("Luis", "Jorge", "Cesar"),
                    List.of("Quispe", "Flores", "Huaman")),
            new Origin("Z138", List.of("Olena", "Natalia", "Iryna", "Oksana"), List.of("Andriy", "Oleksandr", "Serhiy"),
                    List.of("Kovalenko", "Shevchenko", "Bondarenko")),
            new Origin("Z343", List.of("Awa", "Fatou", "Aminata"), List.of("Mamadou", "Ibrahima", "Cheikh"),
                    List.of("Diop", "Ndiaye", "Fall", "Sow")),
            new Origin("Z216", List.of("Maricel", "Jocelyn", "Rowena"), List.of("Jose", "Rodel", "Ariel"),
                    List.of("Santos", "Reyes", "Cruz", "Bautista")),
            new Origin("Z236", List.of("Ayesha", "Sana"), List.of("Imran", "Bilal", "Usman"),
                    List.of("Khan", "Ahmed", "Iqbal")),
            new Origin("Z210", List.of("Li", "Mei", "Xiu"), List.of("Wei", "Jun", "Hao"), List.of("Hu", "Chen", "Zhou")),
            new Origin("Z605", List.of("Gabriela", "Veronica"), List.of("Diego", "Wilson"), List.of("Zambrano", "Cedeño")));

    private People() {
    }

    static Person person(RandomGenerator random, OfficeProfiles.Profile office, UserArea area, LocalDate today) {
        boolean bornAbroad = area == UserArea.IMMIGRANTS || random.nextDouble() < 0.08;
        char sex = random.nextDouble() < womenShare(area) ? 'F' : 'M';
        LocalDate birthDate = birthDate(random, area, today);
        String first;
        String last;
        String birthplace;
        if (bornAbroad) {
            Origin origin = pick(random, ORIGINS);
            first = pick(random, sex == 'F' ? origin.women() : origin.men());
            last = pick(random, origin.surnames());
            birthplace = origin.code();
        } else {
            first = pick(random, sex == 'F' ? ITALIAN_WOMEN : ITALIAN_MEN);
            last = pick(random, ITALIAN_SURNAMES);
            birthplace = random.nextDouble() < 0.55 ? office.cadastralCode() : pick(random, ITALIAN_BIRTHPLACES);
        }
        String fiscalCode = FiscalCodes.generate(random, birthDate, sex, birthplace);
        String phone = random.nextDouble() < 0.7 ? "+39 3" + digits(random, 2) + " " + digits(random, 7) : null;
        String email = random.nextDouble() < 0.25 ? mailbox(first, last) + random.nextInt(100) + "@example.org" : null;
        return new Person(fiscalCode, first, last, birthDate, sex, office.residence(), phone, email);
    }

    private static double womenShare(UserArea area) {
        return switch (area) {
            case FAMILY_AND_MINORS -> 0.75;
            case ELDERLY -> 0.62;
            case ADDICTIONS -> 0.25;
            case IMMIGRANTS -> 0.5;
            default -> 0.55;
        };
    }

    private static LocalDate birthDate(RandomGenerator random, UserArea area, LocalDate today) {
        int age = switch (area) {
            case ELDERLY -> 66 + random.nextInt(27);
            case FAMILY_AND_MINORS -> 24 + random.nextInt(26);
            case ADDICTIONS -> 20 + random.nextInt(40);
            case IMMIGRANTS -> 19 + random.nextInt(40);
            case DISABILITY -> 18 + random.nextInt(60);
            default -> 25 + random.nextInt(45);
        };
        return today.minusYears(age).minusDays(random.nextInt(365));
    }

    private static String digits(RandomGenerator random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static String mailbox(String first, String last) {
        String plain = Normalizer.normalize(first + "." + last, Normalizer.Form.NFD).replaceAll("[^A-Za-z.]", "");
        return plain.toLowerCase(Locale.ROOT);
    }

    static <T> T pick(RandomGenerator random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
