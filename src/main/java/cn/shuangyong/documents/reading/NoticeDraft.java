package cn.shuangyong.documents.reading;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the reader found in one notice, before anyone has checked it: the documents it carries (outermost first),
 * the work plan, the forwarding offices' own points (贯彻意见, outermost forward first; a county forwarding a
 * prefecture's forward carries both) and the plan's items. Unit names are phrases as written; the directory
 * resolves them to units when the office publishes the plan. {@code scan} says that the text was read from a scan
 * by OCR, and which units to check against the page; it is null for a document with a text layer.
 */
public record NoticeDraft(List<DocumentHeader> documents, WorkPlanDraft plan, List<String> forwardPoints,
		List<WorkItemDraft> items, @JsonInclude(JsonInclude.Include.NON_NULL) ScanReading scan) {

	public NoticeDraft {
		documents = List.copyOf(documents);
		forwardPoints = List.copyOf(forwardPoints);
		items = List.copyOf(items);
	}

	/** A draft read from a document with a text layer. */
	public NoticeDraft(List<DocumentHeader> documents, WorkPlanDraft plan, List<String> forwardPoints,
			List<WorkItemDraft> items) {
		this(documents, plan, forwardPoints, items, null);
	}

	NoticeDraft withScan(ScanReading reading) {
		return new NoticeDraft(documents, plan, forwardPoints, items, reading);
	}
}
