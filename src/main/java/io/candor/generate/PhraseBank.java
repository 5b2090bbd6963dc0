package io.candor.generate;

import java.util.List;
import java.util.Map;

/**
 * Sentence templates for each conversational move, with {placeholders} that {@link Template}
 * fills. Several phrasings per move so that detectors and search meet varied wording, including
 * the hard cases design.md names (questions without '?', fillers before the wh-word, backchannels).
 */
final class PhraseBank {

    static final List<String> SELLER_GREETINGS = List.of(
            "Hi {buyer_first}, thanks for making the time today.",
            "Good morning {buyer_first}, can you hear me okay?",
            "Hey {buyer_first}, great to see you again. How was your week?",
            "Thanks for joining, {buyer_first}. I know things are busy at {account}.");
    static final List<String> BUYER_GREETINGS = List.of(
            "Hi, yes, I can hear you fine. It's been a hectic week.",
            "Good, thanks. We just closed the month, so things are a bit calmer.",
            "Hey. Sorry I'm a couple of minutes late, the previous meeting ran over.",
            "All good here. Let's dive in, I have a hard stop at the top of the hour.");

    /** Open discovery questions by topic (design.md discovery topics). */
    static final Map<String, List<String>> OPEN_QUESTIONS = Map.of(
            "situation", List.of("How does your team handle invoices today, from the moment they arrive?",
                    "Uh, so, walk me through what happens after an invoice lands in the AP inbox?",
                    "What does the current process on {system} look like for your team?"),
            "pain", List.of("What's the most frustrating part of the current process?",
                    "Where do things break down when volume spikes at month end?",
                    "What made you start looking at this now?"),
            "impact", List.of("What does it cost you when invoices get paid late?",
                    "How does that delay affect the close and your vendor relationships?",
                    "If nothing changes this year, what happens to the team?"),
            "decision_process", List.of("How will the decision get made on your side, and who's involved?",
                    "What does the approval process look like for a purchase like this?",
                    "Walk me through how you bought the last system of this size."),
            "decision_criteria", List.of("What will you use to compare the options you're looking at?",
                    "What would a vendor have to show you to make the shortlist?"),
            "budget", List.of("How is this project funded, and where does the budget sit?",
                    "What range did you have in mind when you scoped this?"),
            "timeline", List.of("When do you need this live, and what's driving that date?",
                    "What happens if the go-live slips past the end of the quarter?"),
            "stakeholders", List.of("Who else will be affected by this change, and how do they feel about it?",
                    "Besides you, who cares most about fixing this?"),
            "competition", List.of("What other options are you considering, including doing nothing?",
                    "How are you evaluating the other vendors you mentioned?"),
            "success_metrics", List.of("How will you measure success six months after go-live?",
                    "What number would tell your CFO this worked?"));

    /** Closed (yes/no) discovery questions by topic. */
    static final Map<String, List<String>> CLOSED_QUESTIONS = Map.of(
            "situation", List.of("Are you on {system} today?", "So you're still doing this manually", "Do you use purchase orders?"),
            "pain", List.of("Is month end painful?", "Do invoices get lost sometimes?"),
            "budget", List.of("Do you have a budget approved for this?", "Is the budget already set?"),
            "timeline", List.of("Is this a priority for this quarter?", "Are you hoping to go live this year?"),
            "decision_process", List.of("Are you the one who signs off on this?", "Is it just you deciding?"),
            "competition", List.of("Are you looking at anyone else?", "Have you seen a demo from {competitor}?"),
            "stakeholders", List.of("Is IT involved yet?", "Does your controller know about this project?"));

    /** Buyer answers by topic: what a real discovery conversation surfaces. */
    static final Map<String, List<String>> BUYER_ANSWERS = Map.of(
            "situation", List.of("We get about {volume} invoices a month, mostly PDFs by email, and two people key them into {system}.",
                    "Honestly it's a mix of paper and email. Approvals happen in spreadsheets and a lot of chasing on Slack."),
            "pain", List.of("Month end is brutal. We're always chasing approvals and we've paid a few invoices twice.",
                    "The worst part is nobody knows where an invoice is. Vendors call us and we can't answer."),
            "impact", List.of("We lost early payment discounts worth maybe {figure} last year, and the close takes eight days.",
                    "Two of my clerks quit in the spring, the overtime was just too much."),
            "decision_process", List.of("I'll put a recommendation together, then it goes to {senior_name}, our {senior_title}, for sign-off.",
                    "Anything over fifty thousand goes to the steering committee, they meet monthly."),
            "decision_criteria", List.of("Integration with {system} is the big one, then ease of use for approvers.",
                    "We care about accuracy of the capture and how fast we can get live."),
            "budget", List.of("There's a line item for finance tooling but it isn't earmarked for this yet.",
                    "We set aside something in the range of {figure} for this year."),
            "timeline", List.of("We'd like to be live before the audit starts in {month}.", "Ideally by the end of the quarter, but nothing is fixed."),
            "stakeholders", List.of("IT will care about security, and the plant managers approve most invoices.",
                    "{senior_name} cares about the cash position more than anything."),
            "competition", List.of("We've had one call with {competitor}. They were cheaper on paper.",
                    "Doing nothing is honestly an option if this turns into a big project."),
            "success_metrics", List.of("Cost per invoice down, and the close under five days.", "Fewer vendor calls and no duplicate payments."));

    /** Seller follow-ups that keep the buyer talking: what good discovery sounds like. */
    static final List<String> PROBES = List.of("Tell me more about that.", "Why is that, do you think?",
            "And how does that affect you personally?", "What have you tried so far?", "Can you give me an example from last month?");
    static final List<String> ELABORATIONS = List.of(
            "Sure. Last month we had an invoice sit with a plant manager for three weeks, and the vendor put us on credit hold.",
            "I think it's because nobody owns the process end to end. AP, procurement and the business all point at each other.",
            "Personally, I spend my Fridays chasing approvals instead of doing analysis, and my team sees that.",
            "We tried a shared inbox and some macros in {system}, but it fell apart as soon as volume went up.",
            "Well, the auditors flagged our approval trail last year, so this is on the CFO's radar now.");
    static final List<String> SHORT_ANSWERS = List.of("Yes.", "No, not really.", "Yeah, we are.", "Kind of, yes.", "Not yet.", "I think so.");
    static final List<String> BACKCHANNELS = List.of("Mm-hm.", "Right.", "Okay.", "Got it.", "Sure.", "Yeah.", "Oh, really?", "Interesting.");

    /** Seller pitch sentences: a talkative rep strings many of these into one turn. */
    static final List<String> PITCH = List.of(
            "Our platform captures every invoice the moment it arrives, whether it's a PDF, an email or paper.",
            "The matching engine checks it against the purchase order and the receipt automatically.",
            "Approvers get a notification on their phone and can approve in one tap.",
            "We sync both ways with {system}, so your ledger is always up to date.",
            "Most customers in {industry} see the close shrink by three or four days.",
            "We have a dashboard that shows every invoice in flight and who is holding it up.",
            "Fraud checks flag duplicate invoices and changed bank details before anything is paid.",
            "Implementation usually takes six to eight weeks with a dedicated onboarding manager.",
            "Our support team is available around the clock, and they know finance, not just software.",
            "We just released a vendor portal where suppliers can check payment status themselves.",
            "Pricing is per invoice volume, so you only pay for what you process.",
            "Let me share my screen and show you the approval workflow.",
            "You can set rules by amount, cost center or vendor, without asking IT.",
            "Customers like {reference_account} moved off spreadsheets in under two months.");
    static final List<String> BUYER_PRODUCT_QUESTIONS = List.of(
            "How does it handle invoices without a purchase order?",
            "Can approvers delegate when they're on vacation?",
            "What happens if the OCR reads the amount wrong?",
            "Does the {system} sync run in real time or overnight?",
            "How long did it take {reference_account} to get live?");
    /** What an engaged buyer says back after an answer: their own context, at length. */
    static final List<String> BUYER_COMMENTS = List.of(
            "That would help. Right now our approvers get a stack of paper on Monday and half of it comes back the following week, if at all.",
            "Okay, that's interesting, because our biggest vendors already complain that they can't see when they'll get paid, and it takes my team hours to answer them.",
            "We'd need to test that with our own invoices though. Some of our suppliers still send handwritten delivery notes, and our last tool choked on them.",
            "Our controller will ask about the audit trail. The auditors spent two days on approvals last year and found a dozen invoices with no sign-off at all.",
            "The plant managers are the real approvers here, and they live on their phones, so mobile is a big deal for us. They never sit at a desk.",
            "That matches what we're seeing. When we run the numbers at month end, we always find invoices that nobody entered, and the accruals are a guess.");
    static final List<String> SELLER_ANSWERS = List.of(
            "Good question. Non-PO invoices go to a coding queue, and the system learns the usual GL codes per vendor.",
            "Yes, delegation is built in, with an audit trail for every hand-off.",
            "Anything below the confidence threshold goes to a person for a quick check before it posts.",
            "It syncs every fifteen minutes, and you can trigger it manually at month end.",
            "About seven weeks, including training for forty approvers.");

    static final List<String> COMPETITOR_MENTIONS = List.of(
            "We're also talking to {competitor_said}, just so you know.",
            "{competitor_said} showed us something similar last week.",
            "How are you different from {competitor_said}?",
            "Our sister company uses {competitor_said} and they seem fine with it.");

    /** Detractor statements by stance (BRIEF labels). */
    static final Map<String, List<String>> DETRACTOR = Map.of(
            "prefers_competitor", List.of("Honestly, {detractor}, our {detractor_title}, really prefers {competitor_said}.",
                    "I should mention {detractor} used {competitor_said} at her last company and keeps bringing it up.",
                    "{detractor} on our side is pushing hard for {competitor_said}."),
            "opposes", List.of("{detractor}, our {detractor_title}, thinks this whole project is a waste of money.",
                    "To be frank, {detractor} is against changing anything before the audit."),
            "doubts", List.of("{detractor} isn't convinced you can handle our volume.",
                    "Our {detractor_title}, {detractor}, has doubts that the integration will actually work."));
    static final List<String> SELLER_IGNORES_DETRACTOR = List.of(
            "Okay, noted. Anyway, let me show you the approval workflow.",
            "Sure, that happens. So, moving on to the reporting side.",
            "Understood. I think once people see the product they come around. Next slide.");
    static final List<String> SELLER_ENGAGES_DETRACTOR = List.of(
            "That's important. Could we get {detractor} on our next call? I'd like to hear the concerns directly.",
            "Thanks for telling me. What would {detractor} need to see to feel comfortable? Can we set up thirty minutes together?");
    static final List<String> DETRACTOR_SPEAKS = List.of(
            "My worry is that we've been burned by integrations before, so I need to see it working with our data.",
            "I'll be straight with you, I liked what {competitor_said} showed us, so convince me.");

    /** Business-case talk by label, each with a figure. */
    static final Map<String, List<String>> BUSINESS_CASE = Map.of(
            "roi", List.of("Based on your volume, the return on investment is about {percent} in the first year.",
                    "I built an ROI model from your numbers: roughly {figure} back in year one."),
            "cost_of_inaction", List.of("Every month you wait costs you around {figure} in late fees and lost discounts.",
                    "Doing nothing isn't free: the overtime alone is about {figure} a year."),
            "payback", List.of("With your volume, the payback period is about {months} months.",
                    "You'd recover the subscription cost in roughly {months} months."),
            "savings", List.of("We estimate savings of {figure} a year, mostly from processing cost.",
                    "That's a {percent} cut in cost per invoice, based on what you told me."));
    static final List<String> ECONOMIC_BUYER_TALK = List.of(
            "Who signs off on the budget for this, is that {senior_name}?",
            "Would it help if I walked {senior_name}, your {senior_title}, through the numbers directly?");
    static final List<String> JUSTIFICATION_ASKS = List.of(
            "How would I justify this spend to {senior_name}?",
            "Honestly, I don't know how to build the case for our {senior_title}. Do you have anything?",
            "What do I tell finance when they ask why we need this?");
    static final List<String> SELLER_DEFLECTS_JUSTIFICATION = List.of(
            "I think the demo speaks for itself, honestly. Everyone who sees it loves it.",
            "I can send you our brochure, it has some customer quotes in it.",
            "Let's not worry about that yet, first let's make sure the product fits.");

    /** External causes by label. */
    static final Map<String, List<String>> EXTERNAL = Map.of(
            "budget", List.of("The board froze all new spend until the end of the fiscal year, so this is on hold.",
                    "Our budget got cut by thirty percent last week, across every department."),
            "org_change", List.of("We're being acquired by {acquirer}, and everything is frozen until the deal closes.",
                    "Our CFO just left, and the new one wants to review every open project.",
                    "There's a reorganisation coming, finance is merging with shared services."),
            "priority", List.of("Leadership pushed this project to next year, the ERP upgrade comes first.",
                    "The project got cancelled, the business wants us to focus on the warehouse rollout."));
    static final List<String> PRODUCT_GAPS = List.of(
            "The problem is you don't have {capability}, and that's a must for us.",
            "Without {capability}, I can't get this past IT, unfortunately.");
    static final Map<String, List<String>> COMPELLING_EVENTS = Map.of(
            "go_live", List.of("We need this running before our new plant opens on {event_date}."),
            "renewal", List.of("Our contract with the current scanning vendor renews on {event_date}, so that's our deadline."),
            "board_meeting", List.of("I have to present the plan at the board meeting on {event_date}."),
            "fiscal_year_end", List.of("Our fiscal year ends on {event_date}, and I want the new process in place by then."),
            "regulation_deadline", List.of("E-invoicing becomes mandatory for us on {event_date}."));

    static final List<String> DATED_NEXT_STEPS = List.of(
            "Let's book {weekday}, {date_text} at {hour} to walk {senior_name} through the proposal.",
            "I'll send the order form today, and let's meet on {date_text} to review it together.",
            "Can we put thirty minutes on the calendar for {weekday} the {day_ordinal}? I'll bring the security documents.");
    static final List<String> VAGUE_NEXT_STEPS = List.of(
            "Great, let's touch base in a few weeks and see where things are.",
            "I'll circle back after you've had a chance to think about it.",
            "Sounds good, let's reconnect sometime next month.",
            "Let's keep in touch, and reach out whenever you're ready.");
    static final List<String> BUYER_CLOSINGS = List.of("Sounds good, thanks.", "Okay, talk soon.", "Thanks, this was helpful.",
            "Great, I'll share this with the team.");

    private PhraseBank() {
    }
}
