import { BaselineForm } from "../baseline/BaselineForm";
import { benchEndpoint, mount } from "./mount";

mount(<BaselineForm endpoint={benchEndpoint()} />);
