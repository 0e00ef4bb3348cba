// The search box in the header (issue 15): Enter opens 搜索结果 (/search?q=…). On a phone it is a
// button that opens the results page, where the box is.
import { SearchOutlined } from "@ant-design/icons";
import { Button, Input } from "antd";
import { useState } from "react";
import { useLocation, useNavigate } from "react-router-dom";

export function HeaderSearch({ compact }: { compact: boolean }) {
  const navigate = useNavigate();
  const location = useLocation();
  const [value, setValue] = useState("");
  const go = (q: string) => {
    const word = q.trim();
    if (word) navigate(`/search?q=${encodeURIComponent(word)}`);
  };
  if (compact) {
    return <Button type="text" icon={<SearchOutlined style={{ fontSize: 17 }} />} aria-label="搜索" onClick={() => navigate(location.pathname === "/search" ? `/search${location.search}` : "/search")} />;
  }
  return (
    <Input
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onPressEnter={() => go(value)}
      prefix={<SearchOutlined style={{ color: "#999" }} />}
      placeholder="搜索方案、任务、报告、问题、通报"
      aria-label="全文搜索"
      data-testid="header-search"
      allowClear
      style={{ width: 260, marginRight: 4 }}
    />
  );
}
