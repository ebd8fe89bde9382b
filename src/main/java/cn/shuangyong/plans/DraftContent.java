package cn.shuangyong.plans;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.documents.reading.DocumentHeader;
import cn.shuangyong.documents.reading.NoticeDraft;
import cn.shuangyong.documents.reading.WorkItemDraft;

/**
 * What a draft holds while the office reviews it: the reader's findings as corrected so far, and for each of the
 * forwarding office's own points the lead phrases the office picked; and the issuing date (成文日期) deadlines count
 * from, where the office gives one.
 */
public record DraftContent(NoticeDraft notice, List<List<String>> pointLeads, java.time.LocalDate issuedOn) {

	public DraftContent {
		List<List<String>> leads = new ArrayList<>();
		for (int i = 0; i < notice.forwardPoints().size(); i++) {
			leads.add(pointLeads != null && i < pointLeads.size() && pointLeads.get(i) != null
					? List.copyOf(pointLeads.get(i)) : List.of());
		}
		pointLeads = List.copyOf(leads);
	}

	DraftContent withItem(int index, WorkItemDraft item) {
		List<WorkItemDraft> items = new ArrayList<>(notice.items());
		items.set(index, item);
		return new DraftContent(new NoticeDraft(notice.documents(), notice.plan(), notice.forwardPoints(), items,
				notice.scan()),
				pointLeads, issuedOn);
	}

	DraftContent withDocument(int index, DocumentHeader header) {
		List<DocumentHeader> documents = new ArrayList<>(notice.documents());
		documents.set(index, header);
		return new DraftContent(new NoticeDraft(documents, notice.plan(), notice.forwardPoints(), notice.items(),
				notice.scan()),
				pointLeads, issuedOn);
	}

	DraftContent withPointLeads(int index, List<String> leads) {
		List<List<String>> all = new ArrayList<>(pointLeads);
		all.set(index, List.copyOf(leads));
		return new DraftContent(notice, all, issuedOn);
	}

	DraftContent issuedOn(java.time.LocalDate date) {
		return new DraftContent(notice, pointLeads, date);
	}
}
