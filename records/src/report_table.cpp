// HR's report as typed cells, built once from the status report; the CSV, XLSX and HTML
// writers only lay it out.
#include "mamori/records/report_export.hpp"

#include <cmath>

namespace mamori::records {
namespace {

/// Scores and rates to two decimals: 66.67, not 66.66666666666667.
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

ReportCell text(std::string value)
{
    if (value.empty()) return std::monostate{};
    return value;
}

ReportCell date(const std::optional<Date>& value)
{
    if (!value) return std::monostate{};
    return *value;
}

std::string statusText(const AssignmentStatus& status)
{
    std::string text(assignmentStateName(status.state));
    if (status.expiresSoon) text += " (expires soon)";
    if (status.belowMinimumVersion) text += " (older version)";
    return text;
}

/// Only a valid file counts; HR must see at once why a record is not counted.
std::string recordsText(const std::string& fileStatus)
{
    if (fileStatus == "valid") return "valid";
    if (fileStatus == "none") return "no file";
    return "NOT COUNTED: " + fileStatus;
}

std::vector<PackTotals> packTotals(const StatusReport& status)
{
    std::vector<PackTotals> packs;
    for (const auto& [packId, states] : status.totals) {
        PackTotals totals;
        totals.packId = packId;
        for (const auto& [state, people] : states) {
            totals.assigned += people;
            switch (state) {
            case AssignmentState::Completed: totals.completed += people; break;
            case AssignmentState::Expired: totals.expired += people; break;
            case AssignmentState::Overdue: totals.overdue += people; break;
            case AssignmentState::InProgress: totals.inProgress += people; break;
            case AssignmentState::NotStarted: totals.notStarted += people; break;
            }
        }
        if (auto soon = status.expiringSoon.find(packId); soon != status.expiringSoon.end()) totals.expiringSoon = soon->second;
        packs.push_back(totals);
    }
    return packs;
}

ReportSheet summarySheet(const std::vector<PackTotals>& packs)
{
    ReportSheet sheet{"概要 summary",
                      {"研修 pack", "対象者 assigned", "修了 completed", "まもなく期限切れ expiring soon", "受講中 in progress",
                       "未着手 not started", "期限超過 overdue", "期限切れ expired", "修了率 completion rate (%)"},
                      {}};
    for (const PackTotals& p : packs) {
        sheet.rows.push_back({p.packId, double(p.assigned), double(p.completed), double(p.expiringSoon), double(p.inProgress),
                              double(p.notStarted), double(p.overdue), double(p.expired), rounded(p.completionRate())});
    }
    return sheet;
}

ReportSheet detailSheet(const StatusReport& status)
{
    ReportSheet sheet{"明細 detail",
                      {"社員番号 employee id", "氏名 name", "部署 department", "上長 manager", "研修 pack", "状況 status", "期限 due",
                       "修了日 completed on", "版 version", "点数 score (%)", "有効期限 expires on", "記録 records", "フラグ flags",
                       "退職 left"},
                      {}};
    for (const StatusRow& row : status.rows) {
        const AssignmentStatus& s = row.status;
        sheet.rows.push_back({text(row.personId), text(row.name), text(row.department), text(row.manager), text(row.packId),
                              statusText(s), date(s.due), date(s.completedOn), text(s.version),
                              s.score ? ReportCell(rounded(*s.score)) : ReportCell(std::monostate{}), date(s.expiresOn),
                              recordsText(row.fileStatus), double(row.flags), text(row.left ? "left" : "")});
    }
    return sheet;
}

} // namespace

double PackTotals::completionRate() const
{
    return assigned == 0 ? 0.0 : 100.0 * completed / assigned;
}

ReportTable makeReportTable(const StatusReport& status, Date today, const std::string& timeZone)
{
    ReportTable table;
    table.today = today;
    table.timeZone = timeZone;
    table.notOnRoster = int(status.notOnRoster.size());
    table.packs = packTotals(status);
    table.summary = summarySheet(table.packs);
    table.detail = detailSheet(status);
    return table;
}

} // namespace mamori::records
