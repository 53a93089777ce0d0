package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.fund.AllocationNoticeDue;
import cn.sunledger.ledger.application.fund.AllocationNotices;
import cn.sunledger.web.interfaces.rest.dto.ListPage;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/**
 * {@code GET /fund-documents/allocation-notices?region=}: which fund documents' 资金分配结果公告 is due, late or
 * published, with the deadline counted on the working-day calendar.
 */
@Path("/fund-documents/allocation-notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FundAllocationNoticeResource {

    @Inject
    AllocationNotices notices;

    @Inject
    CurrentCaller caller;

    public record DueDto(long documentId, String docNumber, String source, String sourceName, String regionCode,
            int year, String amount, String allocated, LocalDate lastAllocationOn, LocalDate deadline,
            Integer workingDaysLeft, String status, String statusName, boolean calendarMaintained,
            Long publishedNoticeId, String publishedNoticeNo, Long draftNoticeId) {
        static DueDto of(AllocationNoticeDue d) {
            return new DueDto(d.documentId(), d.docNumber(), d.source().name(), d.source().chineseName(),
                    d.regionCode(), d.year(), d.amount().toString(), d.allocated().toString(), d.lastAllocationOn(),
                    d.deadline(), d.workingDaysLeft(), d.status().name(), d.status().chineseName(),
                    d.calendarMaintained(), d.publishedNoticeId(), d.publishedNoticeNo(), d.draftNoticeId());
        }
    }

    @GET
    public ListPage<DueDto> list(@QueryParam("region") String region) {
        return ListPage.of(notices.list(caller.get(), region).stream().map(DueDto::of).toList());
    }
}
