package io.candor.report;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the report templates (classpath {@code templates/report/*.html}) outside any web context.
 * The engine is Thymeleaf's Spring flavour so expressions are SpEL, exactly as in the web app, which
 * resolves the same template names ("report/deal") under Boot's default {@code classpath:/templates/}.
 * Templates use th:text only, so every transcript and CRM string is HTML-escaped.
 * Not final: the web app (or a test) may override {@link #render} to add variables or fail on purpose.
 */
public class HtmlReports {

    public static final String DEAL = "report/deal";
    public static final String SUMMARY = "report/summary";
    public static final String COACHING = "report/coaching";

    private final TemplateEngine engine;

    public HtmlReports() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReports.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine spring = new SpringTemplateEngine();
        spring.setTemplateResolver(resolver);
        this.engine = spring;
    }

    public String deal(DealReportView deal) {
        return render(DEAL, Map.of("deal", deal));
    }

    public String summary(SummaryView summary) {
        return render(SUMMARY, Map.of("summary", summary, "charts", SummaryCharts.of(summary)));
    }

    public String coaching(RepCoachingView rep) {
        return render(COACHING, Map.of("rep", rep));
    }

    public String render(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.ROOT);
        context.setVariables(variables);
        return engine.process(template, context);
    }
}
