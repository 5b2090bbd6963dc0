package io.candor.web.transcript;

import io.candor.domain.Call;
import io.candor.store.CandorStore;
import io.candor.web.Ids;
import io.candor.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The whole call, signals marked, the linked turn highlighted. */
@Controller
class TranscriptController {

    private final CandorStore store;

    TranscriptController(CandorStore store) {
        this.store = store;
    }

    @GetMapping("/calls/{callId}")
    String transcript(@PathVariable String callId, @RequestParam(required = false) Integer turn, Model model) {
        Ids.require("call", callId);
        Call call = store.call(callId).orElseThrow(() -> new NotFoundException("call", callId));
        model.addAttribute("call", TranscriptView.of(call, store.deal(call.dealId()), store.metrics(callId),
                store.signals(callId), turn));
        return "web/transcript";
    }
}
