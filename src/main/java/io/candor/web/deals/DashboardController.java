package io.candor.web.deals;

import io.candor.report.SummaryCharts;
import io.candor.report.SummaryView;
import io.candor.web.BadRequestException;
import io.candor.web.NotFoundException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The loss dashboard (the run summary with its charts) and the reps' coaching pages, as the report files show them. */
@Controller
class DashboardController {

    /** Rep slugs as io.candor.report.SafeFileNames.slug makes them. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final ReportViews reports;

    DashboardController(ReportViews reports) {
        this.reports = reports;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        SummaryView summary = reports.summary();
        model.addAttribute("summary", summary);
        model.addAttribute("charts", SummaryCharts.of(summary));
        return "web/dashboard";
    }

    /** The report files' name for the summary; deal reports link back to it as "../summary.html". */
    @GetMapping("/summary.html")
    String summaryFile() {
        return "redirect:/dashboard";
    }

    /** The summary links each rep to "coaching/&lt;slug&gt;.html", as in the output folder. */
    @GetMapping("/coaching/{file}")
    String coaching(@PathVariable String file, Model model) {
        String slug = file.endsWith(".html") ? file.substring(0, file.length() - ".html".length()) : file;
        if (!SLUG.matcher(slug).matches()) {
            throw new BadRequestException("That is not a rep's coaching page name.");
        }
        model.addAttribute("rep", reports.coaching(slug).orElseThrow(() -> new NotFoundException("rep with coaching page", slug)));
        return "web/coaching";
    }
}
