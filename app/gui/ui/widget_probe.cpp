#include "widget_probe.hpp"

#include <imgui_internal.h>

namespace mamori::app {

void WidgetProbe::track(const std::string& name)
{
    const WidgetRect rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    // Visible when its centre is inside the window's clip rectangle.
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    current_[name] = {rect, {clip.Min, clip.Max}, clip.Contains(rect.centre())};
    if (scrollTo_ == name) {
        ImGui::SetScrollHereY(0.4f);
        scrollTo_.clear();
    }
}

void WidgetProbe::trackSpot(const std::string& name, const WidgetRect& rect)
{
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    current_[name] = {rect, {clip.Min, clip.Max}, clip.Contains(rect.centre()), true};
    if (scrollTo_ == name) {
        ImGui::SetScrollFromPosY(rect.centre().y - ImGui::GetWindowPos().y, 0.4f);
        scrollTo_.clear();
    }
}

std::optional<WidgetRect> WidgetProbe::find(const std::string& name) const
{
    // Asked after a frame was drawn: what that frame drew.
    auto it = current_.find(name);
    if (it == current_.end() || !it->second.visible) {
        wanted_ = name;
        return std::nullopt;
    }
    if (wanted_ == name) wanted_.clear();
    return it->second.rect;
}

std::vector<TrackedWidget> WidgetProbe::widgets() const
{
    std::vector<TrackedWidget> all;
    for (const auto& [name, seen] : current_) all.push_back({name, seen.rect, seen.clip, seen.visible, seen.spot});
    return all;
}

bool WidgetProbe::exists(const std::string& name) const
{
    return current_.count(name) > 0;
}

void WidgetProbe::beginFrame()
{
    current_.clear();
}

} // namespace mamori::app
