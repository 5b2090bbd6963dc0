package io.candor.web.deals;

import io.candor.report.DealReportView;
import io.candor.web.BadRequestException;
import io.candor.web.Ids;
import io.candor.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The deals list and each deal's report, rendered by the report helper's template from its view model. */
@Controller
class DealsController {

    /** The report template the files are written with ({@code io.candor.report.HtmlReports.DEAL}). */
    static final String REPORT_SUFFIX = ".html";

    private final ReportViews reports;

    DealsController(ReportViews reports) {
        this.reports = reports;
    }

    @GetMapping("/deals")
    String deals(@RequestParam(defaultValue = "score") String sort, @RequestParam(required = false) String dir, Model model) {
        DealSort column = DealSort.parse(sort);
        boolean descending = dir == null ? column.descendingByDefault() : descending(dir);
        model.addAttribute("page", DealsPage.of(reports.summary().deals(), column, descending));
        return "web/deals";
    }

    /**
     * One deal's report. The report files link to each other relatively ("deals/D-1.html",
     * "../summary.html"); those names redirect here, so the same links work on both.
     */
    @GetMapping("/deals/{dealId}")
    String deal(@PathVariable String dealId, Model model) {
        if (dealId.endsWith(REPORT_SUFFIX)) {
            return "redirect:/deals/" + Ids.require("deal", dealId.substring(0, dealId.length() - REPORT_SUFFIX.length()));
        }
        Ids.require("deal", dealId);
        DealReportView deal = reports.deal(dealId).orElseThrow(() -> new NotFoundException("scored deal", dealId));
        model.addAttribute("deal", deal);
        return "web/deal";
    }

    private static boolean descending(String dir) {
        return switch (dir) {
            case "desc" -> true;
            case "asc" -> false;
            default -> throw new BadRequestException("The sort direction is asc or desc.");
        };
    }
}
