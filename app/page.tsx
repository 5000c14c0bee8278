import { T } from '@/components/t';
export default function Page() { return <T />; }
