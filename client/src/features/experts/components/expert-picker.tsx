import {
  firstPageOf,
  SearchSelect,
  type Found,
  type SearchSelectProps,
} from '../../../components/search-select';
import { useExperts } from '../api/get-experts';

function useFoundExperts(q: string): Found {
  const experts = useExperts(firstPageOf(q));
  return {
    options: (experts.data?.items ?? []).map((expert) => ({
      value: expert.id,
      label: `${expert.name}（${expert.organization}）`,
    })),
    loading: experts.isFetching,
  };
}

/** Experts found by name as you type; the value is their ids. */
export function ExpertPicker(props: SearchSelectProps) {
  return <SearchSelect {...props} useFound={useFoundExperts} />;
}
