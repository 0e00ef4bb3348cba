/**
 * A title that names the kind of document it heads, other than a plan: a school's rules ("…管理制度"), an
 * event's planning ("…活动策划", "…策划书", "…计划书"), a meeting's minutes or record ("…会议纪要",
 * "…会议记录"), an order of proceedings ("…活动程序"), an announcement ("…公告"), an explanation ("…整改说明").
 * Read by cover's page title, where no plan's title is found: the kind closes the line, as a plan's word does.
 * Not a bare "…通知" (a notice's title makes the text a notice, read item by item; cover's NOTICE_TITLE_RE takes
 * "关于…的通知"), nor "…报告" (a report's title makes structure list no tasks).
 */
export const DOC_KIND_END = /(?:制度|策划|策劃|策划书|策劃書|计划书|計劃書|計畫書|纪要|紀要|记录|記錄|纪录|紀錄|程序|公告|说明|說明)$/u;
