import {Latest} from './latest.jsx';

export default function Home() {
  return <Latest />;
}
