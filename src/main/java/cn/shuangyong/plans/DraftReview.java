package cn.shuangyong.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.PhraseResolution;
import cn.shuangyong.directory.PhraseResolver;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.documents.reading.DocumentHeader;
import cn.shuangyong.documents.reading.DocumentKind;
import cn.shuangyong.documents.reading.WorkItemDraft;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every unit phrase of a draft against the directory, in the region of the office whose document uses it:
 * the items in the issuing office's region, a forward's recipients and points in the forwarding office's.
 */
@Service
@Transactional(readOnly = true)
public class DraftReview {

	private final PhraseResolver resolver;

	DraftReview(PhraseResolver resolver) {
		this.resolver = resolver;
	}

	public Review review(PlanDraft draft) {
		RegionCode fallback = RegionCode.of(draft.ownerRegion());
		List<DocumentHeader> documents = draft.content().notice().documents();
		List<DocumentView> documentViews = new ArrayList<>();
		for (DocumentHeader header : documents) {
			RegionCode region = issuerRegion(header, fallback);
			documentViews.add(new DocumentView(header, view(header.issuer(), region, fallback),
					header.recipients().stream().map(p -> view(p, region, fallback)).toList()));
		}
		RegionCode itemRegion = planIssuerRegion(documents, fallback);
		List<ItemView> items = draft.content().notice().items().stream()
			.map(item -> new ItemView(item, item.leads().stream().map(p -> view(p, itemRegion, fallback)).toList(),
					item.cooperators().stream().map(p -> view(p, itemRegion, fallback)).toList()))
			.toList();
		RegionCode pointRegion = forwarderRegion(documents, fallback);
		List<PointView> points = new ArrayList<>();
		for (int i = 0; i < draft.content().notice().forwardPoints().size(); i++) {
			points.add(new PointView(i, draft.content().notice().forwardPoints().get(i),
					draft.content().pointLeads().get(i).stream().map(p -> view(p, pointRegion, fallback)).toList()));
		}
		return new Review(draft, documentViews, items, points, itemRegion, pointRegion);
	}

	/** Phrases a user mapped in their own region (below the document's) are found there too. */
	PhraseView view(String phrase, RegionCode context, RegionCode owner) {
		if (phrase == null || phrase.isBlank()) {
			return new PhraseView(phrase, PhraseView.State.UNKNOWN, List.of());
		}
		return resolver.resolve(phrase, context)
			.or(() -> resolver.resolve(phrase, owner))
			.map(r -> new PhraseView(phrase, r.kind() == PhraseResolution.Kind.UNIT ? PhraseView.State.UNIT
					: PhraseView.State.GROUP, r.units()))
			.orElseGet(() -> new PhraseView(phrase, PhraseView.State.UNKNOWN, List.of()));
	}

	/** The plan's own issuer: the innermost issuing document's office. */
	RegionCode planIssuerRegion(List<DocumentHeader> documents, RegionCode fallback) {
		for (int i = documents.size() - 1; i >= 0; i--) {
			if (documents.get(i).kind() == DocumentKind.ISSUE) {
				return issuerRegion(documents.get(i), fallback);
			}
		}
		return documents.isEmpty() ? fallback : issuerRegion(documents.get(documents.size() - 1), fallback);
	}

	/** The outermost forwarding office, whose own points the draft carries. */
	RegionCode forwarderRegion(List<DocumentHeader> documents, RegionCode fallback) {
		return documents.stream().filter(d -> d.kind() == DocumentKind.FORWARD).findFirst()
			.map(d -> issuerRegion(d, fallback)).orElse(fallback);
	}

	RegionCode issuerRegion(DocumentHeader header, RegionCode fallback) {
		if (header.issuer() == null) {
			return fallback;
		}
		return resolver.resolve(header.issuer(), fallback).filter(r -> r.units().size() == 1)
			.map(r -> r.units().get(0).regionCode()).orElse(fallback);
	}

	/** A draft with every phrase read. */
	public record Review(PlanDraft draft, List<DocumentView> documents, List<ItemView> items, List<PointView> points,
			RegionCode itemRegion, RegionCode pointRegion) {

		/**
		 * The phrases no one has mapped yet, each once, in the order they first appear, with the region they were
		 * read in (where a mapping made now will hold).
		 */
		public Map<String, RegionCode> unknownPhrases() {
			Map<String, RegionCode> unknown = new LinkedHashMap<>();
			documents.forEach(d -> {
				RegionCode region = d.header().kind() == DocumentKind.FORWARD ? pointRegion : itemRegion;
				if (d.issuer().unknown()) {
					unknown.putIfAbsent(d.issuer().phrase(), region);
				}
				d.recipients().stream().filter(PhraseView::unknown).forEach(p -> unknown.putIfAbsent(p.phrase(), region));
			});
			items.forEach(i -> {
				i.leads().stream().filter(PhraseView::unknown).forEach(p -> unknown.putIfAbsent(p.phrase(), itemRegion));
				i.cooperators().stream().filter(PhraseView::unknown)
					.forEach(p -> unknown.putIfAbsent(p.phrase(), itemRegion));
			});
			points.forEach(p -> p.leads().stream().filter(PhraseView::unknown)
				.forEach(l -> unknown.putIfAbsent(l.phrase(), pointRegion)));
			unknown.remove(null);
			return unknown;
		}
	}

	public record DocumentView(DocumentHeader header, PhraseView issuer, List<PhraseView> recipients) {
	}

	public record ItemView(WorkItemDraft item, List<PhraseView> leads, List<PhraseView> cooperators) {
	}

	public record PointView(int index, String text, List<PhraseView> leads) {
	}
}
