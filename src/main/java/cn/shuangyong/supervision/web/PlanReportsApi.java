package cn.shuangyong.supervision.web;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.supervision.reporting.Ledger;
import cn.shuangyong.supervision.reporting.UnitAssessment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A plan's ledger as a workbook and its lead units' assessment. */
@RestController
@RequestMapping("/api/v1/plans/{id}")
@Tag(name = "台账与考核", description = "任务台账 .xlsx，牵头单位考核评分与同级排名")
class PlanReportsApi {

	private final Ledger ledger;

	private final UnitAssessment assessment;

	PlanReportsApi(Ledger ledger, UnitAssessment assessment) {
		this.ledger = ledger;
		this.assessment = assessment;
	}

	@Operation(summary = "任务台账 .xlsx")
	@GetMapping("/ledger.xlsx")
	ResponseEntity<byte[]> ledger(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return Attachment.xlsx("任务台账.xlsx", ledger.workbook(id, user));
	}

	@Operation(summary = "牵头单位考核", description = "得分 = 100 ×（按期完成×权重 + 报送及时×权重 + 销号结果×权重）÷ 权重之和，按单位层级分别排名")
	@GetMapping("/assessment")
	UnitAssessment.Assessment assessment(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return assessment.of(id, user);
	}
}
