package io.candor.generate;

import java.util.List;
import java.util.Random;

/**
 * Names, organisations and nouns the synthetic corpus draws from. Plain lists: what matters is
 * variety (so search and detectors meet many distinct words) and plausibility, not realism of any one.
 */
final class Vocabulary {

    static final List<String> FIRST_NAMES = List.of("Dana", "Omar", "Priya", "Tyler", "Megan", "Jamal", "Sofia", "Liam",
            "Aisha", "Marcus", "Elena", "Kenji", "Grace", "Mateo", "Hannah", "Victor", "Chloe", "Rahul", "Tasha", "Owen",
            "Ines", "Diego", "Naomi", "Felix", "Leah", "Arjun", "Maya", "Gavin", "Zoe", "Hugo", "Nadia", "Caleb", "Ruth",
            "Sven", "Lucia", "Theo", "Amara", "Brandon", "Keiko", "Pavel", "Erin", "Malik", "Freya", "Luis", "Mei");
    static final List<String> LAST_NAMES = List.of("Whitfield", "Haddad", "Raman", "Brandt", "Castillo", "Okafor", "Novak",
            "Lindqvist", "Moreau", "Tanaka", "Reyes", "Schneider", "O'Brien", "Kowalski", "Nguyen", "Patel", "Fischer",
            "Alvarez", "Bennett", "Sato", "Ivanova", "Mensah", "Duarte", "Hughes", "Kaur", "Larsen", "Rossi", "Chen",
            "Abara", "Quinn", "Delgado", "Varga", "Holm", "Adeyemi", "Park", "Costa", "Wallace", "Yilmaz", "Murphy");
    static final List<String> ACCOUNT_STEMS = List.of("Northwind", "Harbor", "Bluepeak", "Ironbridge", "Cedar", "Summit",
            "Redwood", "Lakeshore", "Granite", "Meridian", "Silverline", "Oakmont", "Brightwater", "Falcon", "Keystone",
            "Pinecrest", "Riverbend", "Stonegate", "Westfield", "Crescent", "Evergreen", "Highland", "Juniper", "Atlas");
    static final List<String> ACCOUNT_SUFFIXES = List.of("Freight", "Logistics", "Health", "Foods", "Manufacturing",
            "Retail Group", "Energy", "Pharma", "Builders", "Hospitality", "Insurance", "Labs", "Distribution", "Media");
    static final List<String> INDUSTRIES = List.of("logistics", "healthcare", "food distribution", "manufacturing",
            "retail", "energy", "pharmaceuticals", "construction", "hospitality", "insurance", "biotech", "wholesale");
    static final List<String> BUYER_TITLES = List.of("AP Manager", "Controller", "Finance Manager", "VP Finance",
            "Director of Operations", "Head of Procurement", "IT Director", "Accounting Lead", "Shared Services Manager");
    static final List<String> SENIOR_TITLES = List.of("CFO", "VP Finance", "CIO", "COO", "Head of Procurement");
    static final List<String> SELLER_COMPANIES = List.of("Paperlane", "Ledgerly", "Invoxa", "Payvista", "Clearbook");
    static final List<List<String>> COMPETITORS = List.of(
            List.of("Zendara", "Zendara Capture", "Zen Dara"),
            List.of("Quillstone", "Quill Stone"),
            List.of("Brightbill", "Bright Bill"),
            List.of("Tallyforge"),
            List.of("Covalent AP", "Covalent"),
            List.of("Ampliro"));
    static final List<String> SYSTEMS = List.of("NetSuite", "SAP", "Oracle", "QuickBooks", "Dynamics", "Sage Intacct", "Workday");
    static final List<String> CAPABILITIES = List.of("multi-entity consolidation", "a native SAP connector",
            "three-way matching on partial receipts", "an on-premise deployment", "Japanese invoice OCR",
            "SOC 2 Type II for the EU region", "offline approvals on mobile", "vendor portal single sign-on");
    static final List<String> REGIONS = List.of("NA East", "NA West", "EMEA", "APAC", "LATAM");
    static final List<String> SEGMENTS = List.of("Mid-Market", "Enterprise", "SMB");
    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

    private Vocabulary() {
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
