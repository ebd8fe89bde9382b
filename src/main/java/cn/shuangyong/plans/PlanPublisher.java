package cn.shuangyong.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.documents.DocumentRegistry;
import cn.shuangyong.documents.RecordedDocument;
import cn.shuangyong.documents.reading.DocumentHeader;
import cn.shuangyong.documents.reading.DocumentKind;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a reviewed draft: records its documents (each number once, so publishing again or forwarding a document
 * already here links instead of duplicating), sends them to their recipients, and creates a plan per document with
 * its items and units. Everything or nothing: one unresolved phrase and nothing is saved.
 */
@Service
@Transactional
public class PlanPublisher {

	private final PlanDrafts drafts;

	private final DraftReview reviews;

	private final DocumentRegistry documents;

	private final PlanWriter writer;

	private final AuditTrail audit;

	PlanPublisher(PlanDrafts drafts, DraftReview reviews, DocumentRegistry documents, PlanWriter writer,
			AuditTrail audit) {
		this.drafts = drafts;
		this.reviews = reviews;
		this.documents = documents;
		this.writer = writer;
		this.audit = audit;
	}

	/**
	 * Publishes the draft as the publisher saw it: {@code version} is the draft's version on their page. A draft
	 * changed or published since is refused and nothing is written.
	 */
	public Published publish(long draftId, Integer version, CurrentUser by) {
		PlanDraft draft = drafts.editable(draftId, by);
		drafts.claimForPublishing(draftId, version);
		DraftReview.Review review = reviews.review(draft);
		check(review);
		List<DocumentHeader> headers = draft.content().notice().documents();
		Map<String, Long> recorded = new LinkedHashMap<>();
		List<Long> plans = new ArrayList<>();
		int created = 0;
		Long innerPlan = null;
		for (int i = headers.size() - 1; i >= 0; i--) {
			DocumentHeader header = headers.get(i);
			DraftReview.DocumentView view = review.documents().get(i);
			Optional<RecordedDocument> existing = documents.byNumber(header.docNumber());
			RecordedDocument document;
			if (existing.isPresent()) {
				document = existing.get();
			}
			else {
				document = record(header, view, recorded, by);
				created++;
			}
			recorded.put(document.docNumber(), document.id());
			Long planId = writer.planOf(document.id()).orElse(null);
			if (planId == null) {
				planId = header.kind() == DocumentKind.FORWARD
						? writer.writeForward(draft, review, document, innerPlan, by)
						: writer.writeIssued(draft, review, document, innerPlan, by);
			}
			innerPlan = planId;
			plans.add(planId);
		}
		audit.record(new AuditEntry(by.getUsername(), by.unitId(), by.regionCode(), null, "PLAN_PUBLISHED", "DRAFT",
				Long.toString(draftId), AuditOutcome.SUCCESS,
				"发布草稿：新登记文件 " + created + " 件，工作要点 " + plans));
		return new Published(List.copyOf(plans), created, headers.size() - created);
	}

	private RecordedDocument record(DocumentHeader header, DraftReview.DocumentView view, Map<String, Long> recorded,
			CurrentUser by) {
		Unit issuer = view.issuer().units().get(0);
		Long forwards = header.forwards() == null ? null
				: Optional.ofNullable(recorded.get(header.forwards()))
					.or(() -> documents.byNumber(header.forwards()).map(RecordedDocument::id)).orElse(null);
		RecordedDocument document = documents.record(new DocumentRegistry.NewDocument(header.docNumber(),
				header.issuer(), issuer.id().value(), header.title() == null ? header.docNumber() : header.title(),
				header.kind().name(), forwards, issuer.regionCode().value(), header.recipients()), by.getUsername());
		documents.send(document.id(), view.recipients().stream().flatMap(p -> p.units().stream()).distinct()
			.map(u -> new DocumentRegistry.Recipient(u.id().value(), u.regionCode().value())).toList());
		return document;
	}

	/** Nothing is published while a document lacks its number or issuer, or a phrase is still unknown. */
	private static void check(DraftReview.Review review) {
		List<String> problems = new ArrayList<>();
		if (review.documents().isEmpty()) {
			problems.add("未识别出文件头（发文机关、发文字号），请在审核页补充后再发布");
		}
		for (DraftReview.DocumentView document : review.documents()) {
			if (document.header().docNumber() == null || document.header().docNumber().isBlank()) {
				problems.add("文件“" + document.header().title() + "”缺少发文字号");
			}
			if (document.issuer().units().size() != 1) {
				problems.add("发文机关“" + document.header().issuer() + "”未能对应到唯一的单位，请先指定");
			}
		}
		review.unknownPhrases().keySet().forEach(p -> problems.add("单位写法“" + p + "”尚未识别，请先在审核页手工指定"));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** What publishing did. */
	public record Published(List<Long> planIds, int documentsRecorded, int documentsLinked) {
	}
}
