package cn.shuangyong.supervision.tasklife;

/**
 * The record a task came from, as pages and the API show it: its source's code, the record's id, the source's label
 * and the record's page. A code no module declares any more keeps its code as label and has no page.
 */
public record SourceLink(String kind, long id, String label, String href) {
}
